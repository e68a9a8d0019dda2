package vn.gov.sonla.awards.demo;

import java.time.Clock;
import java.time.LocalDate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.song.Contribution;
import vn.gov.sonla.awards.song.ContributorType;
import vn.gov.sonla.awards.song.DeviceKind;
import vn.gov.sonla.awards.song.Distribution;
import vn.gov.sonla.awards.song.SongLedger;

/**
 * A demo ledger of "Sóng và máy tính cho em", written through the ledger's own steps once the demo accounts exist
 * (after {@link DemoData}, which runs before the application is ready): gifts of Viettel Sơn La and others,
 * hand-overs to schools of three districts, one gift of a unit waiting for Sở TT&TT's confirmation and one corrected
 * by a reversal.
 */
@Component
class SongDemoData {

    private static final Logger log = LoggerFactory.getLogger(SongDemoData.class);

    private final Environment env;
    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final Accounts accounts;
    private final UnitRepository units;
    private final SongLedger ledger;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    SongDemoData(Environment env, ObjectProvider<EmbeddedPostgres> embedded, Accounts accounts, UnitRepository units,
                 SongLedger ledger, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.env = env;
        this.embedded = embedded;
        this.accounts = accounts;
        this.units = units;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Boolean explicit = env.getProperty("awards.demo", Boolean.class);
        boolean enabled = explicit != null ? explicit : embedded.getIfAvailable() != null;
        if (!enabled || !accounts.exists("stttt") || !accounts.exists("vanthu.viettel")
                || jdbc.sql("select count(*) from song_entry").query(Long.class).single() > 0) {
            return;
        }
        log.info("Loading the demo ledger of \"Sóng và máy tính cho em\"");
        tx.executeWithoutResult(status -> write());
    }

    private void write() {
        Actor stttt = accounts.load("stttt").actor();
        Actor viettel = accounts.load("vanthu.viettel").actor();
        long viettelUnit = unit("VIETTEL");
        long sopCop = unit("SOPCOP");
        long songMa = unit("SONGMA");
        long maiSon = unit("MAISON");
        long thuanChau = unit("THUANCHAU");

        ledger.record(new Contribution(ContributorType.UNIT, viettelUnit, null, true, day(120), 0, DeviceKind.TABLET, 300,
                750_000_000L, 45, "45 bản đặc biệt khó khăn của huyện Sốp Cộp, trong đó Huổi Lướng, Nà Khi, Pá Khoang",
                sopCop, null, null, null), stttt);
        ledger.record(new Contribution(ContributorType.UNIT, viettelUnit, null, true, day(90), 200_000_000L, null, 0, 0, 0,
                null, maiSon, null, null, null), stttt);
        ledger.record(new Contribution(ContributorType.ENTERPRISE, null, "VNPT Sơn La", true, day(80), 0,
                DeviceKind.COMPUTER, 100, 900_000_000L, 12, "12 bản của huyện Sông Mã", songMa, null, null, null), stttt);
        ledger.record(new Contribution(ContributorType.ORGANISATION, null, "Hội Khuyến học tỉnh Sơn La", true, day(70),
                0, DeviceKind.COMPUTER, 60, 480_000_000L, 0, null, maiSon, null, null, null), stttt);
        ledger.record(new Contribution(ContributorType.PERSON, null, "Nguyễn Văn An", false, day(60), 10_000_000L, null,
                0, 0, 0, null, thuanChau, "Xã Co Mạ", null, null), stttt);

        ledger.distribute(new Distribution(day(100), sopCop, "Trường PTDTBT Tiểu học Mường Lèo", DeviceKind.TABLET, 120, null), stttt);
        ledger.distribute(new Distribution(day(95), sopCop, "Trường PTDTBT Tiểu học Sam Kha", DeviceKind.TABLET, 80, null), stttt);
        ledger.distribute(new Distribution(day(75), songMa, "Trường Tiểu học Chiềng Khương", DeviceKind.COMPUTER, 40, null), stttt);
        ledger.distribute(new Distribution(day(74), songMa, "Trường PTDTBT THCS Mường Hung", DeviceKind.COMPUTER, 30, null), stttt);
        ledger.distribute(new Distribution(day(65), maiSon, "Trường Tiểu học Chiềng Mung", DeviceKind.COMPUTER, 60, null), stttt);

        // typed with one zero too many, then corrected: the reversal and the right entry, with the reason
        long wrong = ledger.record(new Contribution(ContributorType.ENTERPRISE, null, "Công ty Cổ phần Thủy điện Nậm Chiến",
                true, day(50), 500_000_000L, null, 0, 0, 0, null, null, null, null, null), stttt);
        ledger.correct(wrong, "Biên nhận ghi 50.000.000 đồng; nhập thừa một chữ số 0.",
                new Contribution(ContributorType.ENTERPRISE, null, "Công ty Cổ phần Thủy điện Nậm Chiến", true, day(50),
                        50_000_000L, null, 0, 0, 0, null, null, null, null, null), stttt);

        // recorded by Viettel's clerk: waits for Sở TT&TT
        ledger.record(new Contribution(ContributorType.UNIT, viettelUnit, null, true, day(10), 0, DeviceKind.SIM, 500,
                50_000_000L, 0, null, thuanChau, null, null, null), viettel);
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().getId();
    }

    private LocalDate day(int daysAgo) {
        return LocalDate.now(clock).minusDays(daysAgo);
    }
}
