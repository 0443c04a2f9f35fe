/**
 * The follow-up of a document: who was required to issue a plan or a report by when, and who has
 * (the indexer's {@code FollowUpService}), as JSON, CSV and XLSX.
 */
@NullMarked
package vn.vanban.backend.followup;

import org.jspecify.annotations.NullMarked;
