package vn.gov.sonla.awards.dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What another module decides about a dossier and keeps itself — Home Affairs' opinion, the decision that granted
 * the award, the letter to the central level — read through that module: the dossier's page shows these facts and
 * its copies frozen at hand-overs keep them, without the dossier module depending on the modules that own them.
 */
public interface DossierFacts {

    /** The facts by the name the dossier's page reads them under (a model attribute); none when there are none. */
    Map<String, Object> of(long dossierId);

    /** The facts as this person's page shows them: by default the same for everyone who may see the dossier. */
    default Map<String, Object> of(long dossierId, vn.gov.sonla.awards.account.Actor viewer) {
        return of(dossierId);
    }

    /** The same facts as text, by the name of the snapshot field that freezes each. */
    Map<String, String> frozen(long dossierId);

    /** {@link #frozen(long)} of many dossiers at once, by dossier id; a module that can reads them in one statement. */
    default Map<Long, Map<String, String>> frozen(Collection<Long> dossierIds) {
        Map<Long, Map<String, String>> byDossier = new HashMap<>();
        dossierIds.forEach(id -> byDossier.put(id, frozen(id)));
        return byDossier;
    }
}
