package vn.gov.sonla.awards.review.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dossiers ticked in a queue, and the version of every dossier the page showed ({@code id:version}): a step
 * taken on many at once is refused for one that changed after the page was shown, as on its own page.
 */
record SelectedDossiers(List<Long> dossierIds, List<String> shown) {

    SelectedDossiers {
        dossierIds = dossierIds == null ? List.of() : List.copyOf(dossierIds);
        shown = shown == null ? List.of() : List.copyOf(shown);
    }

    /** The version the page showed of each dossier; a value that is not {@code id:version} is ignored. */
    Map<Long, Long> versions() {
        Map<Long, Long> versions = new HashMap<>();
        for (String pair : shown) {
            String[] parts = pair.split(":", 2);
            try {
                versions.put(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException ignored) {
                // not something the page wrote: that dossier counts as not shown
            }
        }
        return versions;
    }
}
