package vn.gov.sonla.awards.appraisal.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.SignableDocuments;
import vn.gov.sonla.awards.signature.SignedDocument;

/**
 * Home Affairs' report (Tờ trình) on a submission as a document with a signed original, uploaded by Home Affairs;
 * it is known by the submission's id.
 */
@Component
class AppraisalReportSignedOriginals implements SignableDocuments {

    private final Submissions submissions;

    AppraisalReportSignedOriginals(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.APPRAISAL_REPORT;
    }

    @Override
    public SignedDocument find(long submissionId, Actor user) {
        SubmissionView s = submissions.get(submissionId, user);
        if (s.appraisalReportNumber() == null || s.forwardedAt() == null) {
            throw new NotFoundException("appraisal report of submission " + submissionId);
        }
        return new SignedDocument(DocumentKind.APPRAISAL_REPORT, submissionId, s.appraisalReportNumber(),
                s.forwardedAt().atZone(ProvinceTime.ZONE).toLocalDate(), "/appraisal/submissions/" + submissionId);
    }

    @Override
    public boolean mayUpload(SignedDocument document, Actor user) {
        return user.is(Role.APPRAISER);
    }

    @Override
    public List<Long> documentsOf(DossierView dossier) {
        // the report is known by its submission's id
        return dossier.submissionId() == null ? List.of() : List.of(dossier.submissionId());
    }
}
