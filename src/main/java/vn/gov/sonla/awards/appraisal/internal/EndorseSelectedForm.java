package vn.gov.sonla.awards.appraisal.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.common.MultiLine;

/**
 * Dossiers of a submission ticked to endorse at once, with one common remark (optional), and the version of every
 * dossier the page showed ({@code id:version}), so that one changed since is refused as on its own page.
 */
record EndorseSelectedForm(List<Long> dossierIds, List<String> shown,
                           @MultiLine @Size(max = 4000, message = "{validation.size.4000}") String remark) {

    EndorseSelectedForm {
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
                // not something the page wrote: that dossier counts as changed
            }
        }
        return versions;
    }
}
