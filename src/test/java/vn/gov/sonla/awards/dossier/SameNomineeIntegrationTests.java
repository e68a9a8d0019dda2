package vn.gov.sonla.awards.dossier;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.Duplicate;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who counts as the same nominee when a dossier's possible duplicates are looked for: the name compared without case
 * and diacritics and, for an individual, the same birth year (or none on both); for a collective the name alone.
 */
@IntegrationTest
class SameNomineeIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired DemoFiling filing;
    @Autowired UnitSteps unitSteps;

    final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

    @Test
    void anIndividualOfTheSameNameIsTheSameOnlyWithTheSameBirthYear() {
        Dossier filed = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE",
                Nominee.individual("Đèo Thị Trùng " + tag, "Y sĩ", "Trạm Y tế", 1980, Gender.FEMALE, false), "Thành tích");

        assertThat(duplicatesOf(Nominee.individual("DEO THI TRUNG " + tag, "Y sĩ", "Trạm Y tế", 1980, Gender.FEMALE, false)))
                .as("the same name without case and diacritics, the same year").containsExactly(filed.getId());
        assertThat(duplicatesOf(Nominee.individual("Đèo Thị Trùng " + tag, "Y sĩ", "Trạm Y tế", 1981, Gender.FEMALE, false)))
                .as("another birth year").isEmpty();
        assertThat(duplicatesOf(Nominee.named(NomineeType.INDIVIDUAL, "Đèo Thị Trùng " + tag)))
                .as("no birth year given yet").isEmpty();
        assertThat(duplicatesOf(Nominee.collective("Đèo Thị Trùng " + tag, "Sở Y tế", "Sơn La", "Tập thể")))
                .as("a collective is not an individual").isEmpty();
    }

    @Test
    void aCollectiveOfTheSameNameIsTheSame() {
        Dossier filed = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE",
                Nominee.collective("Tổ Phản ứng nhanh " + tag, "Bệnh viện Đa khoa tỉnh", "Sơn La", "Tổ trực 24/24"),
                "Thành tích");

        assertThat(duplicatesOf(Nominee.collective("to phan ung nhanh " + tag, "Trung tâm Y tế", "Mai Sơn", "Tổ khác")))
                .containsExactly(filed.getId());
        assertThat(duplicatesOf(Nominee.collective("Tổ Phản ứng nhanh số 2 " + tag, "Trung tâm Y tế", "Mai Sơn", "Tổ khác")))
                .isEmpty();
    }

    /** The duplicates a new draft of another unit, for that nominee, is shown. */
    private List<Long> duplicatesOf(Nominee nominee) {
        Actor clerk = fixtures.actor("vanthu.maison");
        DossierView draft = filing.start(clerk, "COVID19", "CHAIRMAN_CERTIFICATE", nominee);
        unitSteps.describeNominee(draft.id(), draft.version(), nominee, clerk);
        return dossiers.duplicatesOf(dossiers.get(draft.id(), clerk)).stream().map(Duplicate::dossierId).toList();
    }
}
