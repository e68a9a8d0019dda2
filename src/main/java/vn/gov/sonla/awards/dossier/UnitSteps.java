package vn.gov.sonla.awards.dossier;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.Campaigns;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.dossier.internal.Attachment;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierPolicy;
import vn.gov.sonla.awards.dossier.internal.FileInspector;
import vn.gov.sonla.awards.dossier.internal.StepRunner;

/** The filing unit's steps: a clerk writes the dossier, attaches its files, sends it, or takes it back. */
@Service
@Transactional
public class UnitSteps {

    private final StepRunner steps;
    private final Campaigns campaigns;
    private final UnitRepository units;
    private final FileInspector inspector;
    private final Accounts accounts;

    UnitSteps(StepRunner steps, Campaigns campaigns, UnitRepository units, FileInspector inspector, Accounts accounts) {
        this.accounts = accounts;
        this.steps = steps;
        this.campaigns = campaigns;
        this.units = units;
        this.inspector = inspector;
    }

    public DossierView create(DossierCommand command, Actor clerk) {
        return DossierView.of(draft(command, clerk));
    }

    private Dossier draft(DossierCommand command, Actor clerk) {
        AwardForm form = campaigns.awardForm(command.awardFormId());
        Campaign campaign = campaigns.campaign(command.campaignId());
        return steps.save(Dossier.draft(campaign, form, campaigns.criteria(campaign, form, command.nomineeType()), Nominee.named(command.nomineeType(), command.nomineeName()),
                units.getReferenceById(clerk.unitId()), clerk, steps.clock()));
    }

    /** A draft whose nominee and achievements are known at once (bulk filing), in the caller's transaction. */
    public Dossier createFiled(DossierCommand command, Nominee nominee, String achievements, Actor clerk) {
        Dossier dossier = draft(command, clerk);
        dossier.describeNominee(nominee, clerk);
        if (achievements != null) {
            dossier.describeAchievements(achievements, clerk);
        }
        return steps.published(dossier);
    }

    public void changeAward(long id, long version, DossierCommand command, Actor clerk) {
        AwardForm form = campaigns.awardForm(command.awardFormId());
        Campaign campaign = campaigns.campaign(command.campaignId());
        steps.step(id, version, clerk, d -> d.changeAward(campaign, form, command.nomineeType(),
                campaigns.criteria(campaign, form, command.nomineeType()), clerk));
    }

    public void describeNominee(long id, long version, Nominee nominee, Actor clerk) {
        steps.step(id, version, clerk, d -> d.describeNominee(nominee, clerk));
    }

    public void describeAchievements(long id, long version, String summary, Actor clerk) {
        steps.step(id, version, clerk, d -> d.describeAchievements(summary, clerk));
    }

    public void declareCriteria(long id, long version, Map<Integer, CriterionDeclaration> declarations, boolean noBreach,
                                Actor clerk) {
        steps.step(id, version, clerk, d -> d.declareCriteria(declarations, noBreach, clerk));
    }

    /** Inspects the file by its content, then attaches it; a refused file changes nothing. */
    public Attachment attach(long id, AttachmentKind kind, String originalName, byte[] bytes, Actor clerk) {
        Dossier dossier = steps.find(id, clerk);
        DossierPolicy.require(dossier, clerk, DossierAction.ATTACH);
        Attachment attachment = dossier.attach(kind, inspector.inspect(originalName, bytes), clerk);
        steps.published(dossier);
        return attachment;
    }

    public void detach(long id, long attachmentId, Actor clerk) {
        steps.step(id, clerk, d -> d.detach(attachmentId, clerk));
    }

    public void submit(long id, long version, String note, Actor clerk) {
        steps.step(id, version, clerk, d -> d.submit(note, clerk));
    }

    /** Whether the clerk's unit sends its dossiers through its head (the clerk presents, the head sends on). */
    @Transactional(readOnly = true)
    public boolean headSigns(Actor clerk) {
        return units.findById(clerk.unitId()).map(u -> u.isHeadSigns()).orElse(false);
    }

    /** The clerk presents the finished dossier to the unit's head (Trình thủ trưởng đơn vị). */
    public void presentToUnitHead(long id, long version, String note, Actor clerk) {
        steps.step(id, version, clerk, d -> d.presentToUnitHead(note, clerk));
    }

    /**
     * The unit's head sends the presented dossier on to the compiling department (refused to anyone but a leader of
     * the unit, and to whoever presented it).
     */
    public void sendOnByUnitHead(long id, long version, String note, Actor head) {
        accounts.signatory(head, Role.CLERK);
        steps.step(id, version, head, d -> d.sendOnByUnitHead(note, head));
    }

    /** The unit's head returns the presented dossier to the clerk with a note. */
    public void returnToClerk(long id, long version, String note, Actor head) {
        accounts.signatory(head, Role.CLERK);
        steps.step(id, version, head, d -> d.returnToClerk(note, head));
    }

    public void withdraw(long id, long version, Actor clerk) {
        steps.step(id, version, clerk, d -> d.withdraw(clerk));
    }
}
