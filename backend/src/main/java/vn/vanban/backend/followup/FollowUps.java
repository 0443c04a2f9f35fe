package vn.vanban.backend.followup;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.vanban.backend.document.DocumentNotFoundException;
import vn.vanban.backend.document.DocumentService;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.assignment.FollowUp;
import vn.vanban.indexer.assignment.FollowUpService;

/** The follow-up of a document named by key or number, as the REST API and the portal ask for it. */
@Service
public class FollowUps {

    private final DocumentService documents;
    private final FollowUpService followUp;

    FollowUps(DocumentService documents, FollowUpService followUp) {
        this.documents = documents;
        this.followUp = followUp;
    }

    /**
     * @throws DocumentNotFoundException when the audience may not read it, or it is only cited
     * @throws vn.vanban.backend.document.AmbiguousDocumentException for a number several documents carry
     */
    public FollowUp of(String keyOrNumber, Audience audience) {
        String key = documents.resolve(keyOrNumber, audience).key();
        return followUp.followUp(key, audience).orElseThrow(() -> new DocumentNotFoundException(keyOrNumber));
    }

    /**
     * The due dates of the document's plan and report tasks, without the follow-up itself (no
     * implementers or reports are read): what the implementers timeline draws.
     *
     * @throws DocumentNotFoundException when the audience may not read it
     */
    public List<LocalDate> dueDates(String keyOrNumber, Audience audience) {
        return followUp.dueDates(documents.resolve(keyOrNumber, audience).key(), audience);
    }
}
