package vn.gov.sonla.awards.decision.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.SignableDocuments;
import vn.gov.sonla.awards.signature.SignedDocument;

/** A decision (or its correction) as a document with a signed original, uploaded by the chairman's office. */
@Component
class DecisionSignedOriginals implements SignableDocuments {

    private final Decisions decisions;

    DecisionSignedOriginals(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DECISION;
    }

    @Override
    public SignedDocument find(long id, Actor user) {
        DecisionView decision = decisions.get(id, user);
        return new SignedDocument(DocumentKind.DECISION, id, decision.number(), decision.issuedOn(),
                "/decisions/issued/" + id);
    }

    @Override
    public boolean mayUpload(SignedDocument document, Actor user) {
        return user.is(Role.CHAIRMAN_OFFICE);
    }

    /** The decision that granted the dossier's award, and its corrections. */
    @Override
    public List<Long> documentsOf(DossierView dossier) {
        return decisions.grantOf(dossier.id()).map(g -> {
            List<Long> ids = new ArrayList<>(List.of(g.decisionId()));
            decisions.correctionsOf(g.decisionId()).forEach(c -> ids.add(c.id()));
            return ids;
        }).orElse(List.of());
    }
}
