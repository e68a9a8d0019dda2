package vn.gov.sonla.awards.review.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.review.SubmissionDocuments;
import vn.gov.sonla.awards.review.Submissions;

/** Downloads of a compiled submission, for everyone who may see it (scoped like its page: 404 otherwise). */
@Controller
class SubmissionDocumentController {

    private final SubmissionDocuments documents;
    private final Submissions submissions;

    SubmissionDocumentController(SubmissionDocuments documents, Submissions submissions) {
        this.documents = documents;
        this.submissions = submissions;
    }

    @GetMapping("/documents/submissions/{id}/submission.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @CurrentActor Actor user) {
        byte[] body = documents.pdf(id, user);
        return Downloads.attachment(body, Downloads.PDF, "To-trinh-" + submissions.get(id, user).number(), "pdf");
    }

    @GetMapping("/documents/submissions/{id}/list.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @CurrentActor Actor user) {
        byte[] body = documents.xlsx(id, user);
        return Downloads.attachment(body, Downloads.XLSX, "Danh-sach-" + submissions.get(id, user).number(), "xlsx");
    }
}
