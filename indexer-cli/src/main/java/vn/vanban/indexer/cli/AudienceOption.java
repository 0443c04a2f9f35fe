package vn.vanban.indexer.cli;

import picocli.CommandLine.Option;
import vn.vanban.indexer.access.Audience;

/** Who a read command answers as; the operator at the console sees everything by default. */
final class AudienceOption {

    @Option(
            names = "--audience",
            paramLabel = "WHO",
            description = "Answer as PUBLIC, OFFICIAL, INSPECTOR or ADMIN would see it (default ADMIN).")
    Audience audience = Audience.ADMIN;
}
