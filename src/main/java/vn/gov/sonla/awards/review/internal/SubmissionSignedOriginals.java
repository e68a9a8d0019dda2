package vn.gov.sonla.awards.review.internal;

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

/** A department's sent Tờ trình as a document with a signed original, uploaded by that department. */
@Component
class SubmissionSignedOriginals implements SignableDocuments {

    private final Submissions submissions;

    SubmissionSignedOriginals(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SUBMISSION;
    }

    @Override
    public SignedDocument find(long id, Actor user) {
        SubmissionView s = submissions.get(id, user);
        if (s.sentAt() == null || s.number() == null) {
            throw new NotFoundException("sent submission " + id);
        }
        return new SignedDocument(DocumentKind.SUBMISSION, id, s.number(), s.sentAt().atZone(ProvinceTime.ZONE).toLocalDate(),
                "/review/submissions/" + id);
    }

    @Override
    public boolean mayUpload(SignedDocument document, Actor user) {
        // find() already showed the submission to a department only when it is that department's
        return user.is(Role.DEPARTMENT);
    }

    @Override
    public List<Long> documentsOf(DossierView dossier) {
        return dossier.submissionId() == null ? List.of() : List.of(dossier.submissionId());
    }
}
