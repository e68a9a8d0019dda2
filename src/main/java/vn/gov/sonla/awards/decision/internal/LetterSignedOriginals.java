package vn.gov.sonla.awards.decision.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.SignableDocuments;
import vn.gov.sonla.awards.signature.SignedDocument;

/**
 * The chairman's letter proposing a submission's state-level awards (by the submission's id) as a document with a
 * signed original, uploaded by the chairman's office once the letter is signed and numbered.
 */
@Component
class LetterSignedOriginals implements SignableDocuments {

    private final Decisions decisions;
    private final Approvals approvals;

    LetterSignedOriginals(Decisions decisions, Approvals approvals) {
        this.decisions = decisions;
        this.approvals = approvals;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.LETTER;
    }

    @Override
    public SignedDocument find(long submissionId, Actor user) {
        Decisions.Letter letter = decisions.letter(submissionId, user);
        if (!letter.isSigned()) {
            throw new NotFoundException("signed letter of submission " + submissionId);
        }
        return new SignedDocument(DocumentKind.LETTER, submissionId, letter.number(), letter.date(),
                "/decisions/submissions/" + submissionId);
    }

    @Override
    public boolean mayUpload(SignedDocument document, Actor user) {
        return user.is(Role.CHAIRMAN_OFFICE);
    }

    /** The letter that proposed the dossier's award, if a signed letter of its submission did. */
    @Override
    public List<Long> documentsOf(DossierView dossier) {
        return dossier.submissionId() != null && approvals.proposalOf(dossier.id()).isPresent()
                ? List.of(dossier.submissionId()) : List.of();
    }
}
