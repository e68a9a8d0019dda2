package vn.gov.sonla.awards.appraisal.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.common.MultiLine;
import vn.gov.sonla.awards.common.ShownVersions;

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

    /** The version the page showed of each dossier ({@link ShownVersions}). */
    Map<Long, Long> versions() {
        return ShownVersions.parse(shown);
    }
}
