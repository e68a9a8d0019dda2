package vn.gov.sonla.awards.decision.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.common.MultiLine;
import vn.gov.sonla.awards.common.ShownVersions;

/**
 * Dossiers of a submission the chairman's office approves at once, with one note (optional): those ticked, or with
 * {@code allEndorsed} every dossier the page showed waiting that Home Affairs endorsed; and the version of each dossier
 * the page showed ({@code id:version}), so that one changed since is refused as on its own.
 */
record ApproveSelectedForm(List<Long> dossierIds, List<String> shown, Boolean allEndorsed,
                           @MultiLine @Size(max = 4000, message = "{validation.size.4000}") String note) {

    ApproveSelectedForm {
        dossierIds = dossierIds == null ? List.of() : List.copyOf(dossierIds);
        shown = shown == null ? List.of() : List.copyOf(shown);
        allEndorsed = Boolean.TRUE.equals(allEndorsed);
    }

    /** The version the page showed of each dossier ({@link ShownVersions}). */
    Map<Long, Long> versions() {
        return ShownVersions.parse(shown);
    }
}
