package vn.gov.sonla.awards.dossier.internal;

import java.time.LocalDate;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * An award the nominee of a dossier seems to have received before (or been proposed for): from this system's
 * decisions in any campaign, or a Giấy khen recorded by the same unit. Only what the appraisal and the decision
 * need — name, unit, campaign, award, the decision's number and date, the stage — never personal data.
 *
 * @param status the stage of the other dossier; null for a Giấy khen (recorded, not routed)
 */
public record EarlierAward(Long dossierId, String nomineeName, String unitName, String campaignName, String awardFormName,
                           String awardFormNameEn, String decisionNumber, LocalDate decisionDate, DossierStatus status) {

    public boolean grassroots() {
        return status == null;
    }
}
