package vn.gov.sonla.awards.dossier.internal;

import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A nominee's ID card number is unreadable in the database — in the dossier's row and in its frozen copies — yet
 * the dossier's page and its copies show it, and dossiers of the same number are still found as duplicates. Numbers
 * stored in clear before are sealed by the migration; numbers sealed under an older key are sealed again under the
 * current one at start-up.
 */
@IntegrationTest
@AutoConfigureMockMvc
class NationalIdIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired NationalIdCipher cipher;
    @Autowired DataSource dataSource;

    final String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));

    @Test
    void theNumberIsNotInTheTablesButOnThePageAndDuplicatesAreFound() throws Exception {
        long first = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE",
                withId("Lò Văn Căn Cước"), "Thành tích phòng chống dịch").getId();
        long second = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE",
                withId("Lò Văn Khác Tên"), "Thành tích phòng chống dịch").getId();

        // nowhere in the dossier's row, nor in the copy frozen when it was submitted
        assertThat(jdbc.sql("select row_to_json(d)::text from dossier d where id = ?").param(first)
                .query(String.class).single()).doesNotContain(number);
        assertThat(jdbc.sql("select content::text from dossier_snapshot where dossier_id = ?").param(first)
                .query(String.class).list()).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContain(number));

        // the department reviewing it reads the number and sees the other dossier of the same number
        mvc.perform(get("/dossiers/{id}", first).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Lò Văn Khác Tên")))
                .andExpect(content().string(containsString("Trùng số CMND/CCCD")));
        assertThat(dossiers.duplicatesOf(dossiers.get(first, fixtures.actor("syt"))))
                .anySatisfy(d -> {
                    assertThat(d.dossierId()).isEqualTo(second);
                    assertThat(d.sameNationalId()).isTrue();
                });
        assertThat(dossiers.snapshots(first, fixtures.actor("vanthu.bvdk")))
                .allSatisfy(s -> assertThat(s.content()).containsEntry("nomineeNationalId", number));
    }

    @Test
    void numbersStoredInClearAreSealedByTheMigration() throws Exception {
        long id = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE",
                withId("Cầm Thị Cũ"), "Thành tích phòng chống dịch").getId();
        // as the system stored them before: in clear, in the row and in a frozen copy
        jdbc.sql("update dossier set nominee_national_id_sealed = ? where id = ?").params(number, id).update();
        jdbc.sql("""
                insert into dossier_snapshot (dossier_id, action, status, taken_at, taken_by, content)
                select dossier_id, action, status, taken_at, taken_by,
                       jsonb_set(content, '{nomineeNationalId}', to_jsonb(cast(? as text)))
                from dossier_snapshot where dossier_id = ? order by id limit 1""").params(number, id).update();

        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            assertThat(new V75__Seal_national_ids(cipher).sealPlainValues(db)).isGreaterThanOrEqualTo(2);
            db.commit();
        }

        String sealed = jdbc.sql("select nominee_national_id_sealed from dossier where id = ?").param(id).query(String.class).single();
        assertThat(sealed).doesNotContain(number);
        assertThat(cipher.open(sealed)).isEqualTo(number);
        assertThat(jdbc.sql("select nominee_national_id_hash from dossier where id = ?").param(id).query(String.class).single())
                .isEqualTo(cipher.hash(number));
        assertThat(jdbc.sql("select content::text from dossier_snapshot where dossier_id = ?").param(id)
                .query(String.class).list()).allSatisfy(c -> assertThat(c).doesNotContain(number));
        assertThat(dossiers.snapshots(id, fixtures.actor("vanthu.bvdk")))
                .hasSize(2).allSatisfy(s -> assertThat(s.content()).containsEntry("nomineeNationalId", number));
        // the frozen copies are append-only again
        assertThat(jdbc.sql("select tgenabled from pg_trigger where tgname = 'dossier_snapshot_append_only'")
                .query(String.class).single()).isEqualTo("O");
    }

    @Test
    void aNewKeyFirstInTheListSealsTheDossiersAgainAtStartUp() {
        long id = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE",
                withId("Quàng Thị Đổi Khóa"), "Thành tích phòng chống dịch").getId();
        String newKey = "k2026:" + NationalIdCipherTests.key("thirty-two bytes of a newer key!");
        NationalIdCipher rotated = new NationalIdCipher(newKey + "," + NationalIdKeys.DEVELOPMENT_KEYS,
                NationalIdKeys.DEVELOPMENT_HASH_KEY);
        String hashBefore = hashOf(id);

        assertThat(new NationalIdRotation(jdbc, rotated).resealOldKeys()).isGreaterThanOrEqualTo(1);
        assertThat(keyIdOf(id)).isEqualTo("k2026");
        assertThat(rotated.open(sealedOf(id))).isEqualTo(number);
        assertThat(hashOf(id)).isEqualTo(hashBefore);
        assertThat(new NationalIdRotation(jdbc, rotated).resealOldKeys()).isZero();

        // and back, so that the application's own key reads every dossier again
        NationalIdCipher back = new NationalIdCipher(NationalIdKeys.DEVELOPMENT_KEYS + "," + newKey,
                NationalIdKeys.DEVELOPMENT_HASH_KEY);
        assertThat(new NationalIdRotation(jdbc, back).resealOldKeys()).isGreaterThanOrEqualTo(1);
        assertThat(keyIdOf(id)).isEqualTo("dev");
        assertThat(dossiers.get(id, fixtures.actor("vanthu.bvdk")).getNominee().nationalId()).isEqualTo(number);
    }

    private Nominee withId(String name) {
        return new Nominee(NomineeType.INDIVIDUAL, name, 1980, null, Gender.MALE, "Bác sĩ", "Khoa Truyền nhiễm", number,
                true, false, null, null, null, null);
    }

    private String sealedOf(long id) {
        return jdbc.sql("select nominee_national_id_sealed from dossier where id = ?").param(id).query(String.class).single();
    }

    private String keyIdOf(long id) {
        return sealedOf(id).split("\\.")[1];
    }

    private String hashOf(long id) {
        return jdbc.sql("select nominee_national_id_hash from dossier where id = ?").param(id).query(String.class).single();
    }
}
