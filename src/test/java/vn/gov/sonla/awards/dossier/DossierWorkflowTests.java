package vn.gov.sonla.awards.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.dossier.internal.Attachment;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierCriterion;
import vn.gov.sonla.awards.dossier.internal.DossierEvent;
import vn.gov.sonla.awards.dossier.internal.FileType;
import vn.gov.sonla.awards.dossier.internal.InspectedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.sonla.awards.support.ReferenceStubs.awardForm;
import static vn.gov.sonla.awards.support.ReferenceStubs.campaign;
import static vn.gov.sonla.awards.support.ReferenceStubs.unit;
import static vn.gov.sonla.awards.support.ReferenceStubs.user;

/** Every step of the dossier's path, legal and illegal, on the aggregate alone. */
class DossierWorkflowTests {

    /** The day the tests file on: the stub campaigns receive dossiers whatever the day. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T02:00:00Z"), ProvinceTime.ZONE);

    final Unit maiSon = unit(1, "UBND huyện Mai Sơn");
    final Unit hospital = unit(2, "Bệnh viện Đa khoa tỉnh");
    final Unit health = unit(10, "Sở Y tế");
    final Unit infoComm = unit(11, "Sở Thông tin và Truyền thông");
    final Unit homeAffairs = unit(12, "Sở Nội vụ");
    final Unit office = unit(13, "Văn phòng UBND tỉnh");

    final Campaign covid = campaign(100, health, true);
    final AwardForm chairmansCertificate = awardForm(200, AwardLevel.PROVINCIAL);
    final AwardForm labourOrder = awardForm(201, AwardLevel.STATE);

    final Actor clerk = user("vanthu.maison", Role.CLERK, maiSon).actor();
    final Actor otherClerk = user("vanthu.bvdk", Role.CLERK, hospital).actor();
    final Actor healthStaff = user("syt", Role.DEPARTMENT, health).actor();
    final Actor infoCommStaff = user("stttt", Role.DEPARTMENT, infoComm).actor();
    final Actor appraiser = user("snv", Role.APPRAISER, homeAffairs).actor();
    final Actor chairmansOffice = user("vpubnd", Role.CHAIRMAN_OFFICE, office).actor();
    final CurrentUser admin = user("admin", Role.ADMIN, office);

    final Nominee nurse = Nominee.individual(" Phạm Thị Mai ", "Điều dưỡng", "Khoa Truyền nhiễm", 1985, Gender.FEMALE, true);
    final List<Criterion> criteria = List.of(new Criterion(1L, 1, "Hoàn thành xuất sắc nhiệm vụ", true),
            new Criterion(2L, 2, "Có sáng kiến", false));

    Dossier aDraft(AwardForm form) {
        return Dossier.draft(covid, form, criteria, Nominee.named(NomineeType.INDIVIDUAL, nurse.name()), maiSon, clerk, CLOCK);
    }

    Dossier aDraft() {
        return aDraft(chairmansCertificate);
    }

    /** A draft with every section a submission needs. */
    Dossier aCompleteDraft(AwardForm form) {
        Dossier d = aDraft(form);
        d.describeNominee(nurse, clerk);
        d.describeAchievements("Tuyến đầu chống dịch 6 tháng.", clerk);
        d.declareCriteria(Map.of(1, new CriterionDeclaration(true, "Xác nhận của Sở Y tế")), true, clerk);
        d.attach(AttachmentKind.PROPOSAL, pdf("to-trinh.pdf"), clerk);
        d.attach(AttachmentKind.ACHIEVEMENT_REPORT, pdf("bao-cao.pdf"), clerk);
        return d;
    }

    static InspectedFile pdf(String name) {
        return new InspectedFile("%PDF-1.4".getBytes(), FileType.PDF, name, "0".repeat(64));
    }

    Dossier aSubmittedDossier(AwardForm form) {
        Dossier d = aCompleteDraft(form);
        d.submit(null, clerk);
        return d;
    }

    Dossier aSubmittedDossier() {
        return aSubmittedDossier(chairmansCertificate);
    }

    Dossier anAcceptedDossier(AwardForm form) {
        Dossier d = aSubmittedDossier(form);
        d.accept(healthStaff);
        return d;
    }

    Dossier aDossierAtHomeAffairs(AwardForm form) {
        Dossier d = anAcceptedDossier(form);
        d.sendToHomeAffairs(7, "7/TTr-SYT", healthStaff);
        return d;
    }

    Dossier aDossierAtChairman(AwardForm form) {
        Dossier d = aDossierAtHomeAffairs(form);
        d.appraise(true, "Đủ tiêu chuẩn", appraiser);
        d.forwardToChairman(appraiser);
        return d;
    }

    @Nested
    class Filing {

        @Test
        void aClerkDraftsForTheirOwnUnit() {
            Dossier d = aDraft();
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DRAFT);
            assertThat(d.getNomineeName()).isEqualTo("Phạm Thị Mai");
            assertThat(d.getHistory()).singleElement().satisfies(e -> {
                assertThat(e.getAction()).isEqualTo(DossierAction.CREATE);
                assertThat(e.getActorUsername()).isEqualTo("vanthu.maison");
                assertThat(e.getToStatus()).isEqualTo(DossierStatus.DRAFT);
            });
        }

        @Test
        void nobodyDraftsForAnotherUnit() {
            assertThatThrownBy(() -> Dossier.draft(covid, chairmansCertificate, criteria, nurse, maiSon, otherClerk, CLOCK))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> Dossier.draft(covid, chairmansCertificate, criteria, nurse, health, healthStaff, CLOCK))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void grassrootsCertificatesAndClosedCampaignsAreNotFiled() {
            assertThatThrownBy(() -> aDraft(awardForm(202, AwardLevel.GRASSROOTS)))
                    .isInstanceOf(ConflictException.class).hasMessage("error.awardForm.grassroots");
            assertThatThrownBy(() -> Dossier.draft(campaign(101, health, false), chairmansCertificate, criteria, nurse, maiSon, clerk, CLOCK))
                    .isInstanceOf(ConflictException.class).hasMessage("error.campaign.closed");
        }

        @Test
        void aCollectiveKeepsNoPersonalFields() {
            Dossier d = Dossier.draft(covid, chairmansCertificate, criteria, Nominee.named(NomineeType.COLLECTIVE, "Trạm Y tế xã Hát Lót"),
                    maiSon, clerk, CLOCK);
            d.describeNominee(new Nominee(NomineeType.COLLECTIVE, "Trạm Y tế xã Hát Lót", 1990, null, Gender.MALE, "x", "y",
                    "012345678901", true, true, "UBND huyện Mai Sơn", "Hát Lót", "0212 3843 123", "Thành lập 1990"), clerk);
            assertThat(d.getNominee().position()).isNull();
            assertThat(d.getNominee().birthYear()).isNull();
            assertThat(d.getNominee().gender()).isNull();
            assertThat(d.getNominee().nationalId()).isNull();
            assertThat(d.getNominee().frontline()).isFalse();
            assertThat(d.getNominee().address()).isEqualTo("Hát Lót");
        }

        @Test
        void theKindOfNomineeIsChangedOnlyWithTheAward() {
            Dossier d = aDraft();
            assertThatThrownBy(() -> d.describeNominee(Nominee.collective("Khoa Nhi", null, "Sơn La", "x"), clerk))
                    .isInstanceOf(ConflictException.class).hasMessage("error.nomineeType.changed");
        }

        @Test
        void changingTheAwardFormBringsItsCriteriaAndKeepsDeclarationsOfTheSameCriteria() {
            Dossier d = aCompleteDraft(chairmansCertificate);
            d.changeAward(covid, labourOrder, NomineeType.INDIVIDUAL,
                    List.of(new Criterion(1L, 1, "Hoàn thành xuất sắc nhiệm vụ", true), new Criterion(9L, 2, "Luật Thi đua", true)), clerk);
            assertThat(d.getAwardForm()).isSameAs(labourOrder);
            assertThat(d.getCriteria()).extracting(DossierCriterion::isMet).containsExactly(true, false);
            assertThat(d.missing()).containsExactly("missing.criteria");
            assertThat(d.getHistory()).extracting(DossierEvent::getAction).endsWith(DossierAction.EDIT);
        }

        @Test
        void anIncompleteDossierIsNotSubmittedAndSaysWhatIsMissing() {
            Dossier d = aDraft();
            assertThat(d.missing()).containsExactly("missing.birth", "missing.gender", "missing.position",
                    "missing.workplace", "missing.achievements", "missing.criteria", "missing.noBreach",
                    "missing.attachment.PROPOSAL", "missing.attachment.ACHIEVEMENT_REPORT");
            assertThatThrownBy(() -> d.submit(null, clerk)).isInstanceOf(ConflictException.class)
                    .hasMessage("error.dossier.incomplete");
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DRAFT);
        }

        @Test
        void aNewProposalLetterReplacesThePreviousOne() {
            Dossier d = aCompleteDraft(chairmansCertificate);
            d.attach(AttachmentKind.PROPOSAL, pdf("to-trinh-moi.pdf"), clerk);
            d.attach(AttachmentKind.EVIDENCE, pdf("anh-1.pdf"), clerk);
            d.attach(AttachmentKind.EVIDENCE, pdf("anh-2.pdf"), clerk);
            assertThat(d.getAttachments()).extracting(Attachment::getFileName)
                    .containsExactly("bao-cao.pdf", "to-trinh-moi.pdf", "anh-1.pdf", "anh-2.pdf");
            assertThat(d.getHistory()).extracting(DossierEvent::getNote).contains("to-trinh.pdf", "to-trinh-moi.pdf");
        }

        @Test
        void submitSendsTheDraftToTheDepartment() {
            Dossier d = aSubmittedDossier();
            assertThat(d.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(d.getHistory().get(d.getHistory().size() - 1).getFromStatus()).isEqualTo(DossierStatus.DRAFT);
        }

        @Test
        void aSubmittedDossierCanNoLongerBeEditedOrSubmitted() {
            Dossier d = aSubmittedDossier();
            assertThatThrownBy(() -> d.describeAchievements("khác", clerk))
                    .isInstanceOf(ConflictException.class).hasMessage("error.transition");
            assertThatThrownBy(() -> d.attach(AttachmentKind.EVIDENCE, pdf("x.pdf"), clerk)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> d.submit(null, clerk)).isInstanceOf(ConflictException.class);
        }

        @Test
        void onlyTheFilingUnitSubmits() {
            Dossier d = aCompleteDraft(chairmansCertificate);
            assertThatThrownBy(() -> d.submit(null, otherClerk)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> d.submit(null, healthStaff)).isInstanceOf(ForbiddenException.class);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DRAFT);
        }

        @Test
        void theClerkWithdrawsOnlyBeforeTheDepartmentActs() {
            Dossier d = aSubmittedDossier();
            assertThatThrownBy(() -> d.withdraw(otherClerk)).isInstanceOf(ForbiddenException.class);
            d.withdraw(clerk);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
            assertThatThrownBy(() -> d.accept(healthStaff)).isInstanceOf(ConflictException.class);

            Dossier accepted = anAcceptedDossier(chairmansCertificate);
            assertThatThrownBy(() -> accepted.withdraw(clerk)).isInstanceOf(ConflictException.class);
        }

        @Test
        void aDossierHomeAffairsSentBackToTheDepartmentIsNoLongerTheUnitsToWithdraw() {
            Dossier d = aDossierAtHomeAffairs(chairmansCertificate);
            d.returnToDepartment("Cần thẩm định lại tiêu chuẩn", appraiser);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(d.sentByTheUnitAndUntouched()).isFalse();
            assertThatThrownBy(() -> d.withdraw(clerk)).isInstanceOf(ConflictException.class)
                    .hasMessage("error.withdraw.departmentActed");
            assertThat(aSubmittedDossier().sentByTheUnitAndUntouched()).isTrue();
        }
    }

    @Nested
    class Review {

        @Test
        void theCompilingDepartmentAccepts() {
            Dossier d = aSubmittedDossier();
            d.accept(healthStaff);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        }

        @Test
        void anotherDepartmentOrAClerkCannotAccept() {
            Dossier d = aSubmittedDossier();
            assertThatThrownBy(() -> d.accept(infoCommStaff)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> d.accept(clerk)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> d.accept(admin.actor())).isInstanceOf(ForbiddenException.class);
        }

        @Test
        void aDraftCannotBeAccepted() {
            Dossier d = aDraft();
            assertThatThrownBy(() -> d.accept(healthStaff)).isInstanceOf(ConflictException.class)
                    .hasMessage("error.transition");
        }

        @Test
        void returnNeedsAReasonAndTheClerkResubmits() {
            Dossier d = aSubmittedDossier();
            assertThatThrownBy(() -> d.returnForSupplementation("  ", healthStaff))
                    .isInstanceOf(ConflictException.class).hasMessage("error.reason.required");
            d.returnForSupplementation("Bổ sung số liệu", healthStaff);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.RETURNED);
            assertThat(d.getLastReason()).isEqualTo("Bổ sung số liệu");

            d.describeAchievements("Tuyến đầu chống dịch 6 tháng; 2.000 mẫu xét nghiệm.", clerk);
            d.submit(null, clerk);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(d.getHistory()).extracting(DossierEvent::getAction).endsWith(
                    DossierAction.SUBMIT, DossierAction.RETURN, DossierAction.EDIT, DossierAction.SUBMIT);
        }

        @Test
        void aRejectedDossierIsFinal() {
            Dossier d = aSubmittedDossier();
            d.reject("Không đạt tiêu chuẩn", healthStaff);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.REJECTED);
            assertThatThrownBy(() -> d.accept(healthStaff)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> d.submit(null, clerk)).isInstanceOf(ConflictException.class);
        }

        @Test
        void onlyAcceptedDossiersGoToHomeAffairs() {
            Dossier submitted = aSubmittedDossier();
            assertThatThrownBy(() -> submitted.sendToHomeAffairs(1, "1/TTr-SYT", healthStaff))
                    .isInstanceOf(ConflictException.class);
            Dossier d = anAcceptedDossier(chairmansCertificate);
            d.sendToHomeAffairs(1, "1/TTr-SYT", healthStaff);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
            assertThat(d.getSubmissionNumber()).isEqualTo("1/TTr-SYT");
        }
    }

    @Nested
    class Appraisal {

        @Test
        void homeAffairsEndorsesAndForwards() {
            Dossier d = aDossierAtHomeAffairs(chairmansCertificate);
            d.appraise(true, null, appraiser);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.APPRAISED);
            d.forwardToChairman(appraiser);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.AT_CHAIRMAN);
        }

        @Test
        void notEndorsingNeedsARemark() {
            Dossier d = aDossierAtHomeAffairs(chairmansCertificate);
            assertThatThrownBy(() -> d.appraise(false, " ", appraiser)).isInstanceOf(ConflictException.class);
            d.appraise(false, "Thành tích chưa tiêu biểu", appraiser);
            // the opinion itself is the appraisal module's (AppraisalOpinionIntegrationTests); the history has the remark
            assertThat(d.getHistory()).last().extracting(DossierEvent::getNote).isEqualTo("Thành tích chưa tiêu biểu");
        }

        @Test
        void onlyHomeAffairsAppraisesAndNotBeforeItArrives() {
            Dossier atHomeAffairs = aDossierAtHomeAffairs(chairmansCertificate);
            assertThatThrownBy(() -> atHomeAffairs.appraise(true, null, healthStaff)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> atHomeAffairs.forwardToChairman(appraiser)).isInstanceOf(ConflictException.class);
            Dossier accepted = anAcceptedDossier(chairmansCertificate);
            assertThatThrownBy(() -> accepted.appraise(true, null, appraiser)).isInstanceOf(ConflictException.class);
        }

        @Test
        void homeAffairsReturnsADossierToItsDepartmentOutOfTheSubmission() {
            Dossier d = aDossierAtHomeAffairs(chairmansCertificate);
            d.appraise(false, "Thiếu xác nhận", appraiser);
            assertThatThrownBy(() -> d.returnToDepartment("  ", appraiser)).isInstanceOf(ConflictException.class);

            d.returnToDepartment("Cần bổ sung xác nhận của cơ quan quản lý", appraiser);

            assertThat(d.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(d.getSubmissionId()).isNull();
            assertThat(d.getSubmissionNumber()).isNull();
            assertThat(d.getLastReason()).isEqualTo("Cần bổ sung xác nhận của cơ quan quản lý");
            DossierEvent last = d.getHistory().get(d.getHistory().size() - 1);
            assertThat(last.getAction()).isEqualTo(DossierAction.RETURN_TO_DEPARTMENT);
            assertThat(last.getFromStatus()).isEqualTo(DossierStatus.APPRAISED);
            assertThat(last.getNote()).contains("7/TTr-SYT").contains("Cần bổ sung xác nhận");

            // the department reviews it again and compiles it into a new submission
            d.accept(healthStaff);
            d.sendToHomeAffairs(8, "8/TTr-SYT", healthStaff);
            assertThat(d.getSubmissionNumber()).isEqualTo("8/TTr-SYT");
        }

        @Test
        void onlyHomeAffairsReturnsToTheDepartmentAndOnlyWhileItHoldsTheDossier() {
            Dossier atHomeAffairs = aDossierAtHomeAffairs(chairmansCertificate);
            assertThatThrownBy(() -> atHomeAffairs.returnToDepartment("Lý do", healthStaff)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> atHomeAffairs.returnToDepartment("Lý do", chairmansOffice)).isInstanceOf(ForbiddenException.class);
            Dossier accepted = anAcceptedDossier(chairmansCertificate);
            assertThatThrownBy(() -> accepted.returnToDepartment("Lý do", appraiser)).isInstanceOf(ConflictException.class);
            Dossier atChairman = aDossierAtChairman(chairmansCertificate);
            assertThatThrownBy(() -> atChairman.returnToDepartment("Lý do", appraiser)).isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Decision {

        @Test
        void aProvincialAwardIsApprovedThenGrantedByDecision() {
            Dossier d = aDossierAtChairman(chairmansCertificate);
            d.approve(null, chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.APPROVED);
            d.grant("3/QĐ-UBND", chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.GRANTED);
            assertThat(d.getHistory()).last().extracting(DossierEvent::getNote).isEqualTo("3/QĐ-UBND");
            assertThat(d.getHistory()).extracting(DossierEvent::getAction).endsWith(
                    DossierAction.SUBMIT, DossierAction.ACCEPT, DossierAction.SEND_TO_HOME_AFFAIRS,
                    DossierAction.APPRAISE, DossierAction.FORWARD_TO_CHAIRMAN, DossierAction.APPROVE, DossierAction.GRANT);
        }

        @Test
        void aStateAwardIsApprovedThenProposedToTheCentralLevelByTheSignedLetter() {
            Dossier d = aDossierAtChairman(labourOrder);
            d.approve("Trình Thủ tướng", chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.APPROVED);
            assertThatThrownBy(() -> d.grant("1/QĐ-UBND", chairmansOffice))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("grant.stateLevel");
            d.proposeToCentral("4/TTr-UBND", chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
            assertThat(d.getHistory()).last().extracting(DossierEvent::getNote).isEqualTo("4/TTr-UBND");
            assertThat(d.getHistory()).last().extracting(DossierEvent::getAction).isEqualTo(DossierAction.PROPOSE_TO_CENTRAL);
        }

        @Test
        void aProvincialAwardIsNotProposedToTheCentralLevel() {
            Dossier d = aDossierAtChairman(chairmansCertificate);
            d.approve(null, chairmansOffice);
            assertThatThrownBy(() -> d.proposeToCentral("4/TTr-UBND", chairmansOffice))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("proposal.notStateLevel");
            assertThat(d.getStatus()).isEqualTo(DossierStatus.APPROVED);
        }

        @Test
        void theSignerMayDeclineAnApprovedRowBeforeSigning() {
            Dossier d = aDossierAtChairman(chairmansCertificate);
            d.approve(null, chairmansOffice);
            d.decline("Chưa đủ tiêu chuẩn", chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DECLINED);
        }

        @Test
        void declineNeedsAReason() {
            Dossier d = aDossierAtChairman(chairmansCertificate);
            assertThatThrownBy(() -> d.decline("", chairmansOffice)).isInstanceOf(ConflictException.class);
            d.decline("Chưa đủ tiêu chuẩn", chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DECLINED);
        }

        @Test
        void onlyTheChairmansOfficeDecidesAndOnlyWhenForwarded() {
            Dossier d = aDossierAtChairman(chairmansCertificate);
            assertThatThrownBy(() -> d.approve(null, appraiser)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> d.approve(null, admin.actor())).isInstanceOf(ForbiddenException.class);
            Dossier notYet = aDossierAtHomeAffairs(chairmansCertificate);
            assertThatThrownBy(() -> notYet.approve(null, chairmansOffice)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> notYet.grant("1/QĐ-UBND", chairmansOffice))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class CentralOutcome {

        Dossier aProposedDossier() {
            Dossier d = aDossierAtChairman(labourOrder);
            d.approve(null, chairmansOffice);
            d.proposeToCentral("1/TTr-UBND", chairmansOffice);
            return d;
        }

        @Test
        void theCentralAwardIsRecordedWithItsDecision() {
            Dossier d = aProposedDossier();
            d.recordCentralAward(" 125/QĐ-CTN ", LocalDate.of(2022, 1, 20), chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.CENTRAL_AWARDED);
            assertThat(d.getHistory()).last().extracting(DossierEvent::getNote).isEqualTo("125/QĐ-CTN");
            assertThat(d.getHistory()).last().extracting(DossierEvent::getAction).isEqualTo(DossierAction.RECORD_CENTRAL_AWARD);
            assertThatThrownBy(() -> d.recordCentralDecline("x", chairmansOffice)).isInstanceOf(ConflictException.class);
        }

        @Test
        void theCentralAwardNeedsItsNumberAndDate() {
            Dossier d = aProposedDossier();
            assertThatThrownBy(() -> d.recordCentralAward(" ", LocalDate.now(), chairmansOffice)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> d.recordCentralAward("1/QĐ-CTN", null, chairmansOffice)).isInstanceOf(ConflictException.class);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
        }

        @Test
        void aCentralDeclineNeedsAReason() {
            Dossier d = aProposedDossier();
            assertThatThrownBy(() -> d.recordCentralDecline("", chairmansOffice)).isInstanceOf(ConflictException.class);
            d.recordCentralDecline("Chưa đủ điều kiện", chairmansOffice);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.CENTRAL_DECLINED);
            assertThat(d.getLastReason()).isEqualTo("Chưa đủ điều kiện");
        }

        @Test
        void onlyTheOfficeRecordsAndOnlyForAProposedStateAward() {
            Dossier d = aProposedDossier();
            assertThatThrownBy(() -> d.recordCentralAward("1/QĐ-CTN", LocalDate.now(), appraiser)).isInstanceOf(ForbiddenException.class);
            Dossier provincial = aDossierAtChairman(chairmansCertificate);
            provincial.approve(null, chairmansOffice);
            assertThatThrownBy(() -> provincial.recordCentralAward("1/QĐ-CTN", LocalDate.now(), chairmansOffice))
                    .isInstanceOf(ConflictException.class);
        }
    }
}
