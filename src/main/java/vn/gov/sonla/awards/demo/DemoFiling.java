package vn.gov.sonla.awards.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.campaign.Campaigns;
import vn.gov.sonla.awards.dossier.AttachmentKind;
import vn.gov.sonla.awards.dossier.CriterionDeclaration;
import vn.gov.sonla.awards.dossier.DossierCommand;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.dossier.UnitSteps;

/**
 * Files a complete dossier the way a clerk does, section by section through the real service: the demo
 * loader and the integration tests use it to reach later stages honestly.
 */
@Component
public class DemoFiling {

    private final Dossiers dossiers;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final UnitSteps unitSteps;
    private final Campaigns reference;
    private final Accounts accounts;

    DemoFiling(Dossiers dossiers, CampaignRepository campaigns, AwardFormRepository awardForms, UnitSteps unitSteps,
               Campaigns reference, Accounts accounts) {
        this.accounts = accounts;
        this.unitSteps = unitSteps;
        this.reference = reference;
        this.dossiers = dossiers;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
    }

    /** A draft with only its start filled in. */
    public DossierView start(Actor clerk, String campaignCode, String awardCode, Nominee nominee) {
        return unitSteps.create(new DossierCommand(campaigns.findByCode(campaignCode).orElseThrow().getId(),
                awardForms.findByCode(awardCode).orElseThrow().getId(), nominee.type(), nominee.name()), clerk);
    }

    /** A draft with every section complete: particulars, achievements, all criteria met, both documents. */
    public DossierView complete(Actor clerk, String campaignCode, String awardCode, Nominee nominee, String achievements) {
        long id = start(clerk, campaignCode, awardCode, nominee).id();
        unitSteps.describeNominee(id, version(id, clerk), nominee, clerk);
        unitSteps.describeAchievements(id, version(id, clerk), achievements, clerk);
        Map<Integer, CriterionDeclaration> allMet = new HashMap<>();
        AwardForm awardForm = awardForms.findByCode(awardCode).orElseThrow();
        reference.criteria(reference.campaign(campaigns.findByCode(campaignCode).orElseThrow().getId()), awardForm,
                nominee.type()).forEach(c -> allMet.put(c.getPosition(),
                new CriterionDeclaration(true, "Có xác nhận của thủ trưởng đơn vị.")));
        unitSteps.declareCriteria(id, version(id, clerk), allMet, true, clerk);
        unitSteps.attach(id, AttachmentKind.PROPOSAL, "To-trinh-de-nghi.pdf", samplePdf("To trinh de nghi khen thuong"), clerk);
        unitSteps.attach(id, AttachmentKind.ACHIEVEMENT_REPORT, "Bao-cao-thanh-tich.pdf", samplePdf("Bao cao thanh tich"), clerk);
        return dossiers.view(id, clerk);
    }

    /** A complete dossier, submitted to its compiling department. */
    public DossierView submitted(Actor clerk, String campaignCode, String awardCode, Nominee nominee, String achievements) {
        DossierView dossier = complete(clerk, campaignCode, awardCode, nominee, achievements);
        if (!unitSteps.headSigns(clerk)) {
            unitSteps.submit(dossier.id(), dossier.version(), null, clerk);
            return dossiers.view(dossier.id(), clerk);
        }
        // the unit's head signs: the clerk presents it, the head sends it on
        unitSteps.presentToUnitHead(dossier.id(), dossier.version(), null, clerk);
        Actor head = accounts.load(accounts.leadersOf(clerk.unitId()).get(0).username()).actor();
        unitSteps.sendOnByUnitHead(dossier.id(), version(dossier.id(), clerk), null, head);
        return dossiers.view(dossier.id(), clerk);
    }

    /** A complete dossier the clerk presented to the head of a unit whose head signs. */
    public DossierView presentedToUnitHead(Actor clerk, String campaignCode, String awardCode, Nominee nominee,
                                           String achievements) {
        DossierView dossier = complete(clerk, campaignCode, awardCode, nominee, achievements);
        unitSteps.presentToUnitHead(dossier.id(), dossier.version(), null, clerk);
        return dossiers.view(dossier.id(), clerk);
    }

    /** A small but real one-page PDF. */
    public static byte[] samplePdf(String text) {
        String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    private long version(long id, Actor clerk) {
        return dossiers.view(id, clerk).version();
    }
}
