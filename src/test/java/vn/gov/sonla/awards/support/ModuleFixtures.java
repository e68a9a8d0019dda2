package vn.gov.sonla.awards.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.dossier.AttachmentKind;
import vn.gov.sonla.awards.dossier.CriterionDeclaration;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierCommand;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;

/**
 * Dossiers for {@code @ApplicationModuleTest}s, filed and accepted through the dossier module's own services (each
 * step its own committed transaction), by people of the reference units of the migrations. A module's context has
 * neither the demo loader nor its accounts (nor {@link Fixtures}, which needs them): the steps keep only who acted
 * — username, name, role and unit — so an {@link Actor} of an existing unit is all they need, and nothing here
 * depends on whether the demo data were loaded into the shared database by an earlier test.
 * Names carry a tag of the run, so the dossiers are told apart from any other in that database.
 */
@TestComponent
public class ModuleFixtures {

    public final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    private final UnitRepository units;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final UnitSteps unitSteps;
    private final DepartmentSteps departmentSteps;
    private final Dossiers dossiers;

    private final ObjectProvider<Accounts> accounts;

    ModuleFixtures(UnitRepository units, CampaignRepository campaigns, AwardFormRepository awardForms,
                   UnitSteps unitSteps, DepartmentSteps departmentSteps, Dossiers dossiers,
                   ObjectProvider<Accounts> accounts) {
        this.accounts = accounts;
        this.units = units;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.unitSteps = unitSteps;
        this.departmentSteps = departmentSteps;
        this.dossiers = dossiers;
    }

    /**
     * A specialist of the unit with that code, in that role, as the domain knows them. Where the accounts module is
     * bootstrapped, an account made on first use (what one prepares, another signs, so the signing steps read who
     * prepared by account), deactivated so that it signs nobody in and receives no notice; elsewhere no account
     * (id 0). The username ({@code module.<role>.<unit>}) names no real person.
     */
    public Actor actor(Role role, String unitCode) {
        Unit unit = units.findByCode(unitCode).orElseThrow(() -> new IllegalArgumentException("no unit " + unitCode));
        String username = "module." + role.name().toLowerCase() + "." + unitCode.toLowerCase();
        String fullName = "Cán bộ " + unitCode + " (kiểm thử mô-đun)";
        Actor anonymous = new Actor(0, username, fullName, role, unit.getId(), unit.getName());
        Accounts known = accounts.getIfAvailable();
        if (known == null) {
            return anonymous;
        }
        if (!known.exists(username)) {
            known.deactivate(known.create(username, "module-test-password", fullName, role, unit).getId(), anonymous);
        }
        return known.load(username).actor();
    }

    /** The head of the person's office, who signs what the person prepares. */
    public Actor leaderOf(Actor specialist) {
        return leader(specialist.role(), units.findById(specialist.unitId()).orElseThrow().getCode());
    }

    /** The head of the unit with that code, in that role, who signs what its specialists prepare. */
    public Actor leader(Role role, String unitCode) {
        Unit unit = units.findByCode(unitCode).orElseThrow(() -> new IllegalArgumentException("no unit " + unitCode));
        String username = "module.leader." + role.name().toLowerCase() + "." + unitCode.toLowerCase();
        Accounts accounts = this.accounts.getObject();
        if (!accounts.exists(username)) {
            accounts.createLeader(username, "module-test-password", "Thủ trưởng " + unitCode + " (kiểm thử mô-đun)",
                    role, unit, LeaderPosition.HEAD, role == Role.CHAIRMAN_OFFICE ? "Chủ tịch" : "Giám đốc");
        }
        return accounts.load(username).actor();
    }

    /** A nominee of this run, told apart by the tag. */
    public Nominee individual(String name) {
        return Nominee.individual(name + " " + tag, "Bác sĩ", "Khoa Hồi sức tích cực", 1980, Gender.FEMALE, true);
    }

    /** What a clerk starts a dossier with. */
    public DossierCommand start(String campaignCode, String awardCode, Nominee nominee) {
        return new DossierCommand(campaigns.findByCode(campaignCode).orElseThrow().getId(),
                awardForms.findByCode(awardCode).orElseThrow().getId(), nominee.type(), nominee.name());
    }

    /** A draft with every section complete: particulars, achievements, all criteria met, both documents. */
    public Dossier aCompleteDraft(Actor clerk, String campaignCode, String awardCode, Nominee nominee) {
        long id = unitSteps.create(start(campaignCode, awardCode, nominee), clerk).id();
        unitSteps.describeNominee(id, version(id, clerk), nominee, clerk);
        unitSteps.describeAchievements(id, version(id, clerk), "Thành tích của " + nominee.name(), clerk);
        unitSteps.declareCriteria(id, version(id, clerk), allMet(id, clerk), true, clerk);
        unitSteps.attach(id, AttachmentKind.PROPOSAL, "To-trinh-de-nghi.pdf", pdf("To trinh " + tag), clerk);
        unitSteps.attach(id, AttachmentKind.ACHIEVEMENT_REPORT, "Bao-cao-thanh-tich.pdf", pdf("Bao cao " + tag), clerk);
        return dossiers.get(id, clerk);
    }

    /** A complete dossier, submitted to the compiling department of its campaign. */
    public Dossier aSubmittedDossier(Actor clerk, String campaignCode, String awardCode, Nominee nominee) {
        Dossier draft = aCompleteDraft(clerk, campaignCode, awardCode, nominee);
        if (!unitSteps.headSigns(clerk)) {
            unitSteps.submit(draft.getId(), draft.getVersion(), null, clerk);
            return dossiers.get(draft.getId(), clerk);
        }
        // a unit whose head signs: the clerk presents it, the head sends it on
        unitSteps.presentToUnitHead(draft.getId(), draft.getVersion(), null, clerk);
        unitSteps.sendOnByUnitHead(draft.getId(), version(draft.getId(), clerk), null, leaderOf(clerk));
        return dossiers.get(draft.getId(), clerk);
    }

    /** A submitted dossier the department accepted for compilation. */
    public Dossier anAcceptedDossier(Actor clerk, Actor department, String campaignCode, String awardCode,
                                     Nominee nominee) {
        long id = aSubmittedDossier(clerk, campaignCode, awardCode, nominee).getId();
        departmentSteps.accept(id, version(id, department), department);
        return dossiers.get(id, department);
    }

    /** Every criterion of the dossier's checklist declared met, with an evidence note. */
    public Map<Integer, CriterionDeclaration> allMet(long id, Actor clerk) {
        Map<Integer, CriterionDeclaration> declarations = new HashMap<>();
        dossiers.get(id, clerk).getCriteria().forEach(c -> declarations.put(c.getPosition(),
                new CriterionDeclaration(true, "Có xác nhận của thủ trưởng đơn vị.")));
        return declarations;
    }

    /** The version of the dossier as the asker's page would show it now. */
    public long version(long id, Actor asker) {
        return dossiers.get(id, asker).getVersion();
    }

    /** A small but real one-page PDF (the demo's own). */
    public static byte[] pdf(String text) {
        return DemoFiling.samplePdf(text);
    }
}
