package vn.gov.sonla.awards.decision.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.decision.Decisions;

/**
 * Downloads of a decision and its certificates: for whoever may see the decision's submission, and a granted
 * dossier's certificate for whoever may see the dossier (its unit's clerk included). 404 for anyone else.
 */
@Controller
class DecisionDocumentController {

    private final DecisionDocuments documents;
    private final Decisions decisions;

    DecisionDocumentController(DecisionDocuments documents, Decisions decisions) {
        this.documents = documents;
        this.decisions = decisions;
    }

    @GetMapping("/documents/decisions/{id}/decision.pdf")
    ResponseEntity<byte[]> decision(@PathVariable long id, @CurrentActor Actor user) {
        byte[] body = documents.decisionPdf(id, user);
        return Downloads.attachment(body, Downloads.PDF, "Quyet-dinh-" + decisions.get(id, user).number(), "pdf");
    }

    /** The decision as it will be issued, for the leader about to sign it and the office preparing it. */
    @GetMapping("/documents/submissions/{id}/decision-draft.pdf")
    ResponseEntity<byte[]> draft(@PathVariable long id, @CurrentActor Actor user) {
        return Downloads.attachment(documents.draftDecisionPdf(id, user), Downloads.PDF, "Du-thao-quyet-dinh-" + id, "pdf");
    }

    /** The chairman's letter proposing the submission's state-level awards: as signed, or as the draft to sign. */
    @GetMapping("/documents/submissions/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id, @CurrentActor Actor user) {
        return Downloads.attachment(documents.letterPdf(id, user), Downloads.PDF, "To-trinh-de-nghi-cap-tren-" + id, "pdf");
    }

    /** The payout list of the decision's prize money, for the finance office. */
    @GetMapping("/documents/decisions/{id}/payout.xlsx")
    ResponseEntity<byte[]> payout(@PathVariable long id, @CurrentActor Actor user) {
        byte[] body = documents.payoutXlsx(id, user);
        return Downloads.attachment(body, Downloads.XLSX, "Chi-tra-tien-thuong-" + decisions.get(id, user).number(), "xlsx");
    }

    @GetMapping("/documents/decisions/{id}/certificates.pdf")
    ResponseEntity<byte[]> certificates(@PathVariable long id, @CurrentActor Actor user) {
        byte[] body = documents.certificatesPdf(id, user);
        return Downloads.attachment(body, Downloads.PDF, "Bang-khen-" + decisions.get(id, user).number(), "pdf");
    }

    @GetMapping("/documents/dossiers/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @CurrentActor Actor user) {
        byte[] body = documents.certificatePdf(id, user);
        return Downloads.attachment(body, Downloads.PDF, "Bang-khen-ho-so-" + id, "pdf");
    }
}
