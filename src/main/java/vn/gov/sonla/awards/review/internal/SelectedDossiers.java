package vn.gov.sonla.awards.review.internal;

import java.util.List;
import java.util.Map;

import vn.gov.sonla.awards.common.ShownVersions;

/**
 * The dossiers ticked in a queue, and the version of every dossier the page showed ({@code id:version}): a step
 * taken on many at once is refused for one that changed after the page was shown, as on its own page.
 */
record SelectedDossiers(List<Long> dossierIds, List<String> shown) {

    SelectedDossiers {
        dossierIds = dossierIds == null ? List.of() : List.copyOf(dossierIds);
        shown = shown == null ? List.of() : List.copyOf(shown);
    }

    /** The version the page showed of each dossier ({@link ShownVersions}). */
    Map<Long, Long> versions() {
        return ShownVersions.parse(shown);
    }
}
