package vn.gov.sonla.awards.dossier.internal;

import java.util.ArrayList;
import java.util.List;

import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.AttachmentKind;

/**
 * What a dossier must hold before it is submitted (simplified procedure, section III.3.2): the nominee's
 * particulars, the achievement summary, every required criterion declared met, the no-breach declaration where
 * the campaign asks for it,
 * the Tờ trình and the Báo cáo tóm tắt thành tích. Answers with message keys the check page lists.
 */
final class DossierCompleteness {

    private DossierCompleteness() {
    }

    static List<String> missing(Dossier d) {
        List<String> missing = new ArrayList<>();
        if (d.getNomineeType() == NomineeType.INDIVIDUAL) {
            if (d.getNominee().birthYear() == null) {
                missing.add("missing.birth");
            }
            if (d.getNominee().gender() == null) {
                missing.add("missing.gender");
            }
            if (d.getNominee().position() == null) {
                missing.add("missing.position");
            }
            if (d.getNominee().workplace() == null) {
                missing.add("missing.workplace");
            }
        } else {
            if (d.getNominee().address() == null) {
                missing.add("missing.address");
            }
            if (d.getNominee().description() == null) {
                missing.add("missing.description");
            }
        }
        if (d.getAchievementSummary() == null) {
            missing.add("missing.achievements");
        }
        if (d.getCriteria().stream().anyMatch(c -> c.isRequired() && !c.isMet())) {
            missing.add("missing.criteria");
        }
        if (d.getCampaign().isAsksCovidDeclaration() && !d.isNoBreachDeclared()) {
            missing.add("missing.noBreach");
        }
        for (AttachmentKind kind : List.of(AttachmentKind.PROPOSAL, AttachmentKind.ACHIEVEMENT_REPORT)) {
            if (d.getAttachments().stream().noneMatch(a -> a.getKind() == kind)) {
                missing.add("missing.attachment." + kind);
            }
        }
        return missing;
    }
}
