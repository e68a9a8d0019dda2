package vn.gov.sonla.awards.dossier;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.support.ModuleFixtures;
import vn.gov.sonla.awards.support.ModuleTestSetup;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dossier module bootstrapped with only what it declares it needs: a clerk's dossier goes through the unit's
 * steps and the department's, each step recorded in its history and published as a {@link DossierStepTaken}; what
 * one may read of it depends on who asks.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES}: the dossier is a JPA aggregate whose mapping reaches the campaign's and
 * the unit's entities, and its steps read campaigns, award forms and criteria through {@code campaign.Campaigns} and
 * units through {@code organisation.UnitRepository}; a standalone context with those mocked would have no persistence
 * unit to store a dossier in. {@code common} brings the province's clock. Of {@code account} the module uses only
 * types ({@code Actor}, {@code Role}), so Spring Modulith leaves its beans — sign-in, security — out. No module
 * downstream is there — no review, appraisal, decision, notification or audit module, nor any of their
 * {@link DossierFacts} — so the test also shows that the dossier module needs none of them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestSetup
class DossierModuleTests {

    static final String CAMPAIGN = "COVID19";
    static final String AWARD = "CHAIRMAN_CERTIFICATE";

    final UnitSteps unitSteps;
    final DepartmentSteps departmentSteps;
    final Dossiers dossiers;
    final ModuleFixtures fixtures;

    final Actor clerk;
    final Actor health;

    DossierModuleTests(UnitSteps unitSteps, DepartmentSteps departmentSteps, Dossiers dossiers, ModuleFixtures fixtures) {
        this.unitSteps = unitSteps;
        this.departmentSteps = departmentSteps;
        this.dossiers = dossiers;
        this.fixtures = fixtures;
        this.clerk = fixtures.actor(Role.CLERK, "BVDK");
        this.health = fixtures.actor(Role.DEPARTMENT, "SYT"); // compiles the Covid-19 campaign
    }

    @Test
    void aClerksDossierGoesThroughTheUnitsAndTheDepartmentsStepsEachRecordedAndPublished(AssertablePublishedEvents events) {
        Nominee nominee = fixtures.individual("Vì Thị Dung");

        long id = unitSteps.create(fixtures.start(CAMPAIGN, AWARD, nominee), clerk).id();
        unitSteps.describeNominee(id, version(id, clerk), nominee, clerk);
        unitSteps.describeAchievements(id, version(id, clerk), "Trực tiếp chăm sóc hơn 600 người bệnh Covid-19.", clerk);
        unitSteps.declareCriteria(id, version(id, clerk), fixtures.allMet(id, clerk), true, clerk);
        unitSteps.attach(id, AttachmentKind.PROPOSAL, "To-trinh.pdf", ModuleFixtures.pdf("To trinh"), clerk);
        unitSteps.attach(id, AttachmentKind.ACHIEVEMENT_REPORT, "Bao-cao.pdf", ModuleFixtures.pdf("Bao cao"), clerk);
        assertThat(dossiers.get(id, clerk).missing()).isEmpty();
        unitSteps.submit(id, version(id, clerk), null, clerk);
        departmentSteps.accept(id, version(id, health), health);

        Dossier accepted = dossiers.get(id, health);
        assertThat(accepted.getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(accepted.getHistory())
                .extracting(DossierEvent::getAction, DossierEvent::getActorUsername, DossierEvent::getFromStatus,
                        DossierEvent::getToStatus)
                .containsExactly(
                        tuple(DossierAction.CREATE, clerk.username(), null, DossierStatus.DRAFT),
                        tuple(DossierAction.EDIT, clerk.username(), DossierStatus.DRAFT, DossierStatus.DRAFT),
                        tuple(DossierAction.EDIT, clerk.username(), DossierStatus.DRAFT, DossierStatus.DRAFT),
                        tuple(DossierAction.EDIT, clerk.username(), DossierStatus.DRAFT, DossierStatus.DRAFT),
                        tuple(DossierAction.ATTACH, clerk.username(), DossierStatus.DRAFT, DossierStatus.DRAFT),
                        tuple(DossierAction.ATTACH, clerk.username(), DossierStatus.DRAFT, DossierStatus.DRAFT),
                        tuple(DossierAction.SUBMIT, clerk.username(), DossierStatus.DRAFT, DossierStatus.SUBMITTED),
                        tuple(DossierAction.ACCEPT, health.username(), DossierStatus.SUBMITTED, DossierStatus.ACCEPTED));

        // every step of the history was published once, in its order, with what the listeners need to know
        List<DossierStepTaken> published = StreamSupport.stream(
                events.ofType(DossierStepTaken.class).matching(DossierStepTaken::dossierId, id).spliterator(), false).toList();
        assertThat(published)
                .extracting(DossierStepTaken::action, DossierStepTaken::actorUsername, DossierStepTaken::from,
                        DossierStepTaken::to)
                .containsExactlyElementsOf(accepted.getHistory().stream()
                        .map(e -> tuple(e.getAction(), e.getActorUsername(), e.getFromStatus(), e.getToStatus())).toList());
        assertThat(published).allSatisfy(step -> {
            assertThat(step.unitId()).isEqualTo(clerk.unitId());
            assertThat(step.compilingUnitId()).isEqualTo(health.unitId());
            assertThat(step.nomineeName()).isEqualTo(nominee.name());
        });
        // (each matching(…) of the assertion looks for one event on its own: one predicate says it all)
        assertThat(events).contains(DossierStepTaken.class).matching(step -> step.dossierId() == id
                && step.action() == DossierAction.SUBMIT && step.to() == DossierStatus.SUBMITTED);

        // sending it was a hand-over: the dossier was frozen as sent, without any other module's facts
        assertThat(dossiers.snapshots(id, clerk)).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.action()).isEqualTo(DossierAction.SUBMIT);
            assertThat(snapshot.content()).containsEntry("nomineeName", nominee.name())
                    .containsEntry("status", "SUBMITTED").containsEntry("appraisalEndorsed", null);
        });
    }

    @Test
    void aDossierIsSeenOnlyByThoseWhoseTurnItIsOrWas(Scenario scenario) {
        Actor otherClerk = fixtures.actor(Role.CLERK, "MAISON");
        Actor otherDepartment = fixtures.actor(Role.DEPARTMENT, "STTTT");
        Actor homeAffairs = fixtures.actor(Role.APPRAISER, "SNV");
        Actor office = fixtures.actor(Role.CHAIRMAN_OFFICE, "VPUBND");
        Dossier draft = fixtures.aCompleteDraft(clerk, CAMPAIGN, AWARD, fixtures.individual("Hà Văn Khiêm"));
        long id = draft.getId();
        DossierFilter byName = new DossierFilter(fixtures.tag + " Khiem", null, null, null);

        // a draft is its unit's alone
        assertThat(dossiers.get(id, clerk).getStatus()).isEqualTo(DossierStatus.DRAFT);
        assertThat(dossiers.list(clerk, byName, Keyset.first(20)).items()).extracting(DossierRow::id).containsExactly(id);
        for (Actor outsider : List.of(otherClerk, health, otherDepartment, homeAffairs, office)) {
            assertThatThrownBy(() -> dossiers.get(id, outsider)).as(outsider.username()).isInstanceOf(NotFoundException.class);
            assertThat(dossiers.list(outsider, byName, Keyset.first(20)).items()).as(outsider.username()).isEmpty();
        }

        // sent, it is the compiling department's to see as well — and still no one else's until it moves on
        scenario.stimulate(() -> unitSteps.submit(id, draft.getVersion(), null, clerk))
                .andWaitForEventOfType(DossierStepTaken.class)
                .matching(step -> step.dossierId() == id && step.action() == DossierAction.SUBMIT)
                .toArriveAndVerify(sent -> {
                    assertThat(sent.to()).isEqualTo(DossierStatus.SUBMITTED);
                    assertThat(dossiers.get(id, health).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
                    assertThat(dossiers.list(health, byName, Keyset.first(20)).items()).extracting(DossierRow::id)
                            .containsExactly(id);
                    for (Actor outsider : List.of(otherClerk, otherDepartment, homeAffairs, office)) {
                        assertThatThrownBy(() -> dossiers.get(id, outsider)).as(outsider.username())
                                .isInstanceOf(NotFoundException.class);
                        assertThat(dossiers.list(outsider, byName, Keyset.first(20)).items()).as(outsider.username())
                                .isEmpty();
                    }
                });

        // a step is scoped like a read: another unit's clerk cannot even find it to withdraw it
        assertThatThrownBy(() -> unitSteps.withdraw(id, version(id, clerk), otherClerk))
                .isInstanceOf(NotFoundException.class);
        assertThat(dossiers.get(id, clerk).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
    }

    private long version(long id, Actor asker) {
        return fixtures.version(id, asker);
    }
}
