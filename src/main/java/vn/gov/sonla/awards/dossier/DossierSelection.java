package vn.gov.sonla.awards.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.SelectionRefused;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Dossiers of a submission ticked on its page for one step at once: each must still be in the submission, at a stage
 * that step is taken from, and as the page showed it. Any that is not refuses the step for all, each named with why.
 */
public final class DossierSelection {

    private DossierSelection() {
    }

    /**
     * The ticked dossiers with the version the page showed of each (id → version, in the order ticked), ready for the
     * step; refused ({@link SelectionRefused} with {@code refusedKey}) when any of them cannot take it now.
     *
     * @param inSubmission the submission's dossiers as the asker may see them
     * @param shown        the version the page showed of each dossier ({@code ShownVersions})
     */
    public static Map<Long, Long> toStep(Collection<DossierView> inSubmission, Collection<Long> ticked,
                                         Map<Long, Long> shown, DossierAction action, String refusedKey) {
        Set<Long> chosen = new LinkedHashSet<>(ticked);
        if (chosen.isEmpty()) {
            throw new ConflictException("error.selection.empty");
        }
        Map<Long, DossierView> byId = inSubmission.stream().collect(Collectors.toMap(DossierView::id, Function.identity()));
        List<SelectionRefused.Line> refused = new ArrayList<>();
        for (Long id : chosen) {
            DossierView dossier = byId.get(id);
            if (dossier == null) {
                refused.add(SelectionRefused.line("#" + id, "error.submission.notInIt"));
            } else if (!action.allowedFrom(dossier.status())) {
                refused.add(SelectionRefused.line(dossier.nomineeName(), "error.transition",
                        label(action.labelKey()), label(dossier.status().labelKey())));
            } else if (!Long.valueOf(dossier.version()).equals(shown.get(id))) {
                refused.add(SelectionRefused.line(dossier.nomineeName(), "error.stale"));
            }
        }
        if (!refused.isEmpty()) {
            throw new SelectionRefused(refusedKey, refused);
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        chosen.forEach(id -> versions.put(id, shown.get(id)));
        return versions;
    }
}
