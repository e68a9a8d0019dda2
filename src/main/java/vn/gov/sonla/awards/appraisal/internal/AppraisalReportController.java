package vn.gov.sonla.awards.appraisal.internal;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.review.SubmissionDocuments;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.appraisal.Opinion;

/**
 * Home Affairs' appraisal report ("N/TTr-SNV") as PDF: made from the stored appraisal of each dossier once the
 * submission is forwarded; for whoever may see the submission (404 otherwise, and before it is forwarded).
 */
@Controller
class AppraisalReportController {

    private final SubmissionDocuments submissionDocuments;
    private final PdfDocuments pdf;
    private final Appraisals appraisals;

    AppraisalReportController(SubmissionDocuments submissionDocuments, PdfDocuments pdf, Appraisals appraisals) {
        this.submissionDocuments = submissionDocuments;
        this.pdf = pdf;
        this.appraisals = appraisals;
    }

    @GetMapping("/documents/submissions/{id}/appraisal-report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @CurrentActor Actor user) {
        SubmissionDocuments.Contents c = submissionDocuments.contents(id, user);
        boolean awaitingSignature = c.submission().status() == SubmissionStatus.REPORT_AWAITING_SIGNATURE;
        if (c.submission().appraisalReportNumber() == null && !awaitingSignature) {
            throw new NotFoundException("appraisal report of submission " + id);
        }
        Map<Long, Opinion> opinions = appraisals.opinionsOf(c.all().stream().map(DossierView::id).toList());
        long endorsed = opinions.values().stream().filter(Opinion::endorsed).count();
        long notEndorsed = opinions.size() - endorsed;
        byte[] body = pdf.pdf("documents/appraisal-report", Map.of(
                "opinions", opinions,
                "submission", c.submission(),
                "number", awaitingSignature ? SubmissionDocuments.UNNUMBERED + "/TTr-SNV" : c.submission().appraisalReportNumber(),
                "date", awaitingSignature ? c.date() : c.submission().forwardedAt().atZone(ProvinceTime.ZONE).toLocalDate(),
                "individuals", c.individuals(),
                "collectives", c.collectives(),
                "endorsed", endorsed,
                "notEndorsed", notEndorsed), DocumentKind.APPRAISAL_REPORT.identifier(id));
        return Downloads.attachment(body, Downloads.PDF, "To-trinh-tham-dinh-"
                + (awaitingSignature ? "du-thao-" + id : c.submission().appraisalReportNumber()), "pdf");
    }
}
