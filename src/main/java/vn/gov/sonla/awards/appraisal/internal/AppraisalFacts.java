package vn.gov.sonla.awards.appraisal.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.dossier.DossierFacts;
import vn.gov.sonla.awards.appraisal.Appraisals;

/** Home Affairs' opinion on the dossier's page ({@code appraisal}) and in the copies frozen at hand-overs. */
@Component
class AppraisalFacts implements DossierFacts {

    private final Appraisals appraisals;

    AppraisalFacts(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public Map<String, Object> of(long dossierId) {
        return appraisals.opinionOf(dossierId).<Map<String, Object>>map(o -> Map.of("appraisal", o)).orElse(Map.of());
    }

    @Override
    public Map<String, String> frozen(long dossierId) {
        return frozen(List.of(dossierId)).getOrDefault(dossierId, Map.of());
    }

    @Override
    public Map<Long, Map<String, String>> frozen(Collection<Long> dossierIds) {
        Map<Long, Map<String, String>> byDossier = new HashMap<>();
        appraisals.opinionsOf(dossierIds).forEach((id, o) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("appraisalEndorsed", String.valueOf(o.endorsed()));
            if (o.remark() != null) {
                fields.put("appraisalRemark", o.remark());
            }
            byDossier.put(id, fields);
        });
        return byDossier;
    }
}
