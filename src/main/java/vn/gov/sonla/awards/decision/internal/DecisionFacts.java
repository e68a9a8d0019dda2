package vn.gov.sonla.awards.decision.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.dossier.DossierFacts;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;

/**
 * The decision that granted the dossier's award ({@code grant}) and its letter to the central level
 * ({@code proposal}), on the dossier's page and in the copies frozen at hand-overs.
 */
@Component
class DecisionFacts implements DossierFacts {

    private final Decisions decisions;
    private final Approvals approvals;

    DecisionFacts(Decisions decisions, Approvals approvals) {
        this.decisions = decisions;
        this.approvals = approvals;
    }

    @Override
    public Map<String, Object> of(long dossierId) {
        Map<String, Object> facts = new HashMap<>();
        decisions.grantOf(dossierId).ifPresent(g -> facts.put("grant", g));
        approvals.proposalOf(dossierId).ifPresent(p -> facts.put("proposal", p));
        return facts;
    }

    /** For the chairman's office, also whether its row is locked while the answer waits for the signature. */
    @Override
    public Map<String, Object> of(long dossierId, Actor viewer) {
        Map<String, Object> facts = of(dossierId);
        if (viewer.role() == Role.CHAIRMAN_OFFICE && approvals.answerLocked(dossierId, viewer)) {
            facts.put("answerLocked", true);
        }
        return facts;
    }

    @Override
    public Map<String, String> frozen(long dossierId) {
        return frozen(List.of(dossierId)).getOrDefault(dossierId, Map.of());
    }

    @Override
    public Map<Long, Map<String, String>> frozen(Collection<Long> dossierIds) {
        Map<Long, Map<String, String>> byDossier = new HashMap<>();
        decisions.grantsOf(dossierIds).forEach((id, g) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("decisionNumber", g.number());
            fields.put("decisionDate", g.issuedOn().toString());
            byDossier.put(id, fields);
        });
        return byDossier;
    }
}
