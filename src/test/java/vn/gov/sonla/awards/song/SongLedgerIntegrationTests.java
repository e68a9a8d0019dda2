package vn.gov.sonla.awards.song;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.RuntimeRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The ledger's rules: a unit's gift counts once Sở TT&TT confirms it, a mistake is reversed (never edited) with its
 * reason, the database itself refuses to change or delete an entry, the public sees a name only with consent, the
 * totals are a recount of the entries, and bad values are refused by field with nothing saved.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SongLedgerIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n% biên nhận\n".getBytes();

    @Autowired SongLedger ledger;
    @Autowired LedgerEntries ledgerEntries;
    @Autowired SongFigures figures;
    @Autowired LedgerChecks checks;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;

    Actor keeper() {
        return fixtures.actor("stttt");
    }

    Actor viettelClerk() {
        return fixtures.actor("vanthu.viettel");
    }

    long district(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    Contribution money(String name, long amount, boolean publish) {
        return new Contribution(ContributorType.ENTERPRISE, null, name, publish, LocalDate.now().minusDays(3), amount,
                null, 0, 0, 0, null, null, null, null, null);
    }

    Contribution devices(String name, long district, DeviceKind kind, int count) {
        return new Contribution(ContributorType.ORGANISATION, null, name, true, LocalDate.now().minusDays(2), 0, kind,
                count, count * 5_000_000L, 0, null, district, null, null, null);
    }

    long entries() {
        return jdbc.sql("select count(*) from song_entry").query(Long.class).single();
    }

    @Test
    void aUnitsGiftCountsOnlyOnceSoTTTTConfirmsIt() {
        long before = figures.totals().money();
        long id = ledger.record(new Contribution(ContributorType.PERSON, null, "ignored", true, LocalDate.now().minusDays(1),
                7_000_000, null, 0, 0, 0, null, null, null, null, new vn.gov.sonla.awards.song.Evidence("bien-nhan.pdf", PDF)),
                viettelClerk());
        LedgerEntry recorded = ledgerEntries.entry(id, keeper());
        assertThat(recorded.contributorType()).as("a clerk records the unit's own gifts").isEqualTo(ContributorType.UNIT);
        assertThat(recorded.contributorUnitId()).isEqualTo(viettelClerk().unitId());
        assertThat(recorded.evidenceName()).isEqualTo("bien-nhan.pdf");
        assertThat(recorded.confirmed()).isFalse();
        assertThat(figures.totals().money()).isEqualTo(before);
        assertThat(ledgerEntries.waiting()).extracting(LedgerEntry::id).contains(id);

        assertThatThrownBy(() -> ledger.confirm(id, viettelClerk())).isInstanceOf(ForbiddenException.class);
        ledger.confirm(id, keeper());
        assertThat(figures.totals().money()).isEqualTo(before + 7_000_000);
        assertThatThrownBy(() -> ledger.confirm(id, keeper())).isInstanceOf(ConflictException.class);

        long byKeeper = ledger.record(money("Công ty Cổ phần Sông Đà", 1_000_000, true), keeper());
        assertThat(ledgerEntries.entry(byKeeper, keeper()).confirmed()).as("the keeper's own entries count at once").isTrue();
    }

    @Test
    void aMistakeIsReversedWithItsReasonNeverEdited() {
        long before = figures.totals().money();
        long id = ledger.record(money("Ngân hàng Đầu tư và Phát triển Sơn La", 50_000_000, true), keeper());
        assertThat(figures.totals().money()).isEqualTo(before + 50_000_000);

        assertThatThrownBy(() -> ledger.correct(id, " ", money("Ngân hàng Đầu tư và Phát triển Sơn La", 5_000_000, true), keeper()))
                .isInstanceOf(LedgerRefusal.class);
        long corrected = ledger.correct(id, "Gõ thừa một chữ số 0", money("Ngân hàng Đầu tư và Phát triển Sơn La", 5_000_000, true),
                keeper());

        LedgerEntry original = ledgerEntries.entry(id, keeper());
        assertThat(original.money()).as("the entry itself is unchanged").isEqualTo(50_000_000);
        assertThat(original.reversedById()).isNotNull();
        LedgerEntry reversal = ledgerEntries.entry(original.reversedById(), keeper());
        assertThat(reversal.money()).isEqualTo(-50_000_000);
        assertThat(reversal.reason()).isEqualTo("Gõ thừa một chữ số 0");
        LedgerEntry replacement = ledgerEntries.entry(corrected, keeper());
        assertThat(replacement.replacesId()).isEqualTo(id);
        assertThat(replacement.reason()).isEqualTo("Gõ thừa một chữ số 0");
        assertThat(figures.totals().money()).isEqualTo(before + 5_000_000);

        assertThatThrownBy(() -> ledger.reverse(id, "lần nữa", keeper())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ledger.reverse(reversal.id(), "đảo của đảo", keeper())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ledger.reverse(corrected, "không phải Sở", viettelClerk())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntriesForEveryRole() throws Exception {
        long id = ledger.record(money("Công ty Điện lực Sơn La", 2_000_000, true), keeper());
        assertThatThrownBy(() -> jdbc.sql("update song_entry set money = 1 where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from song_entry where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from song_confirmation where entry_id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate song_entry cascade").update())
                .rootCause().hasMessageContaining("append-only");

        JdbcClient runtime = RuntimeRole.connect(jdbc, dataSource);
        assertThatThrownBy(() -> runtime.sql("update song_entry set money = 1 where id = ?").param(id).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("delete from song_confirmation where entry_id = ?").param(id).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThat(runtime.sql("select money from song_entry where id = ?").param(id).query(Long.class).single())
                .isEqualTo(2_000_000);
    }

    @Test
    void thePublicSeesAContributorsNameOnlyWithConsent() throws Exception {
        ledger.record(money("Hộ kinh doanh Lò Văn Kín Tiếng", 3_000_000, false), keeper());
        ledger.record(money("Công ty TNHH Công Khai Minh Bạch", 4_000_000, true), keeper());
        String page = mvc.perform(get("/public/song")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Công ty TNHH Công Khai Minh Bạch").contains("Nhà hảo tâm")
                .doesNotContain("Kín Tiếng");
        assertThat(figures.byContributor()).extracting(SongFigures.ContributorFigures::name)
                .doesNotContain("Hộ kinh doanh Lò Văn Kín Tiếng");
    }

    @Test
    void theTotalsAreARecountOfTheConfirmedEntries() {
        long maison = district("MAISON");
        ledger.record(devices("Hội Chữ thập đỏ tỉnh", maison, DeviceKind.TABLET, 30), keeper());
        ledger.distribute(new Distribution(LocalDate.now().minusDays(1), maison, "Trường Tiểu học Chiềng Mung",
                DeviceKind.TABLET, 12, null), keeper());
        ledger.record(money("Chờ xác nhận", 9_000_000, true), viettelClerk());

        List<LedgerEntry> all = ledgerEntries.all();
        List<LedgerEntry> counted = all.stream().filter(LedgerEntry::counts).toList();
        List<LedgerEntry> given = counted.stream().filter(e -> e.kind() == EntryKind.CONTRIBUTION).toList();
        List<LedgerEntry> standing = all.stream().filter(LedgerEntry::standing).toList();
        SongTotals totals = figures.totals();
        assertThat(totals.money()).isEqualTo(given.stream().mapToLong(LedgerEntry::money).sum());
        assertThat(totals.devices()).isEqualTo(given.stream().mapToLong(LedgerEntry::deviceCount).sum());
        assertThat(totals.deviceValue()).isEqualTo(given.stream().mapToLong(LedgerEntry::deviceValue).sum());
        assertThat(totals.villages()).isEqualTo(given.stream().mapToLong(LedgerEntry::villagesCovered).sum());
        assertThat(totals.distributed()).isEqualTo(counted.stream().filter(e -> e.kind() == EntryKind.DISTRIBUTION)
                .mapToLong(LedgerEntry::deviceCount).sum());
        assertThat(totals.schools()).isEqualTo(standing.stream().map(LedgerEntry::schoolId)
                .filter(java.util.Objects::nonNull).distinct().count());
        assertThat(totals.communes()).isEqualTo(standing.stream().filter(e -> e.commune() != null)
                .map(e -> e.districtId() + "/" + e.commune().toLowerCase()).distinct().count());
        assertThat(figures.byDistrict().stream().mapToLong(SongFigures.DistrictFigures::distributed).sum())
                .isEqualTo(totals.distributed());
        assertThat(figures.byContributor().stream().mapToLong(SongFigures.ContributorFigures::money).sum())
                .isEqualTo(totals.money());
    }

    @Test
    void badValuesAreRefusedByFieldAndNothingIsSaved() {
        long maison = district("MAISON");
        long before = entries();
        assertThat(problems(() -> ledger.record(money("Âm tiền", -5, true), keeper()))).contains("money");
        assertThat(problems(() -> ledger.record(money("Quá lớn", SongLedger.MAX_MONEY + 1, true), keeper()))).contains("money");
        assertThat(problems(() -> ledger.record(new Contribution(ContributorType.ENTERPRISE, null, "Tương lai", true,
                LocalDate.now().plusDays(30), 1_000, null, 0, 0, 0, null, null, null, null, null), keeper()))).contains("givenOn");
        assertThat(problems(() -> ledger.record(new Contribution(ContributorType.ENTERPRISE, null, "Máy vàng", true,
                LocalDate.now(), 0, DeviceKind.COMPUTER, 2, 2_000_000_000L, 0, null, maison, null, null, null), keeper())))
                .contains("deviceValue");
        assertThat(problems(() -> ledger.record(new Contribution(ContributorType.ENTERPRISE, null, "Trường ma", true,
                LocalDate.now(), 1_000, null, 0, 0, 0, null, maison, null, "Trường không có thật", null), keeper())))
                .contains("schoolName");
        long available = checks.available(district("SOPCOP"), DeviceKind.PHONE);
        assertThat(problems(() -> ledger.distribute(new Distribution(LocalDate.now(), district("SOPCOP"),
                "Trường PTDTBT Tiểu học Mường Lèo", DeviceKind.PHONE, (int) available + 1, null), keeper())))
                .contains("deviceCount");
        assertThat(problems(() -> ledger.record(new Contribution(ContributorType.ENTERPRISE, null, "Tệp giả", true,
                LocalDate.now(), 1_000, null, 0, 0, 0, null, null, null, null,
                new vn.gov.sonla.awards.song.Evidence("bien-nhan.pdf", "MZ not a pdf".getBytes())), keeper())))
                .contains("evidence");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aRefusedFormComesBackWithTheMessageNextToTheField() throws Exception {
        long before = entries();
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(multipart("/song/contributions")
                        .param("contributorType", "ENTERPRISE").param("contributorName", "Công ty Gõ Nhầm")
                        .param("givenOn", LocalDate.now().plusDays(2).toString()).param("money", "-100")
                        .with(user(fixtures.user("stttt"))).with(csrf()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("id=\"givenOn-error\"").contains("id=\"money-error\"").contains("Công ty Gõ Nhầm");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aClerkCannotRecordHandOversNorReadOtherUnitsEntries() throws Exception {
        long id = ledger.record(money("Chỉ Sở xem", 1_000, true), keeper());
        assertThatThrownBy(() -> ledger.distribute(new Distribution(LocalDate.now(), district("MAISON"),
                "Trường Tiểu học Chiềng Mung", DeviceKind.TABLET, 1, null), viettelClerk()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(mvc.perform(get("/song/entries/" + id).with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/song/distributions/new").with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/song/distributions/new").with(user(fixtures.user("syt"))))
                .andReturn().getResponse().getStatus()).as("another department keeps no ledger").isEqualTo(403);
    }

    @Test
    void anImportRecordsEveryRowOrNone() throws Exception {
        long before = entries();
        byte[] bad = SongWorkbooks.of(
                List.of(List.of("Doanh nghiệp", "Công ty Nhập Tệp", "Có", "01/03/2024", "2000000", "", "", "", "", "", "", "", ""),
                        List.of("Cá nhân", "Ông Nhập Lỗi", "Không", "01/03/2024", "-5", "", "", "", "", "", "", "", "")),
                List.of(List.of("02/03/2024", "MAISON", "Trường không có", "Máy tính bảng", "1")));
        String page = mvc.perform(multipart("/song/import").file(new MockMultipartFile("file", "ds.xlsx", null, bad))
                        .with(user(fixtures.user("stttt"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("import-problems");
        assertThat(entries()).as("nothing of a refused file is recorded").isEqualTo(before);

        byte[] good = SongWorkbooks.of(
                List.of(List.of("Doanh nghiệp", "Công ty Nhập Tệp Đúng", "Có", "01/03/2024", "2.000.000", "", "", "", "", "", "", "", ""),
                        List.of("Tổ chức", "Hội Khuyến học tỉnh", "Không", "02/03/2024", "", "Máy tính bảng", "20", "60000000", "", "",
                                "Sốp Cộp", "", "")),
                List.of(List.of("03/03/2024", "SOPCOP", "Trường PTDTBT THCS Mường Lèo", "máy tính bảng", "15")));
        assertThat(mvc.perform(multipart("/song/import").file(new MockMultipartFile("file", "ds.xlsx", null, good))
                        .with(user(fixtures.user("stttt"))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(entries()).isEqualTo(before + 3);
        assertThat(ledgerEntries.all()).extracting(LedgerEntry::contributorName, LedgerEntry::money)
                .contains(tuple("Công ty Nhập Tệp Đúng", 2_000_000L));
    }

    @Test
    void anImportNamesTheRowAndColumnOfEachProblem() throws Exception {
        byte[] bad = SongWorkbooks.of(
                List.of(List.of("Doanh nghiệp", "Công ty A", "Có", "31/02/2024", "1000", "", "", "", "", "", "", "", ""),
                        List.of("Cá nhân", "Bà B", "Không", "01/03/2024", "abc", "", "", "", "", "", "", "", ""),
                        List.of("Tổ chức", "Hội C", "Có", "01/03/2024", "", "Máy tính", "1,5", "", "", "", "MAISON", "", ""),
                        List.of("Tổ chức", "Hội D", "Có", "01/03/2024", "", "Máy tính", "-4294967295", "", "", "", "MAISON", "", "")),
                List.of(List.of("02/03/2024", "MAISON", "Trường không có", "Máy tính bảng", "1")));
        String page = mvc.perform(multipart("/song/import").file(new MockMultipartFile("file", "ds.xlsx", null, bad))
                        .with(user(fixtures.user("stttt"))).with(csrf()))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).containsPattern("<td[^>]*>2</td> <td[^>]*>D</td>").containsPattern("<td[^>]*>3</td> <td[^>]*>E</td>")
                .containsPattern("<td[^>]*>2</td> <td[^>]*>C</td> <td[^>]*>Không có trường")
                .as("a fraction is not read as thousands").containsPattern("<td[^>]*>4</td> <td[^>]*>G</td>")
                .as("a count beyond an int is out of range, not wrapped").containsPattern("<td[^>]*>5</td> <td[^>]*>G</td>");
    }

    private static List<String> problems(Runnable step) {
        try {
            step.run();
        } catch (LedgerRefusal refused) {
            return refused.problems().stream().map(Problem::field).toList();
        }
        return List.of();
    }
}
