package vn.gov.sonla.awards.song.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.dossier.DossierFacts;
import vn.gov.sonla.awards.song.LedgerEntries;
import vn.gov.sonla.awards.song.LedgerEntry;
import vn.gov.sonla.awards.song.SongLedger;

/**
 * On the page of a dossier of the program, the nominee's confirmed contributions ({@code songEvidence}): a
 * collective's are those its unit gave, an individual's those given in the nominee's name.
 */
@Component
class SongFacts implements DossierFacts {

    /** The program's criterion the contributions are evidence of: collective criterion 6, individual criterion 4. */
    static final int COLLECTIVE_CRITERION = 6;
    static final int INDIVIDUAL_CRITERION = 4;

    private final JdbcClient jdbc;
    private final LedgerEntries entries;

    SongFacts(JdbcClient jdbc, LedgerEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** The dossier's nominee, when the dossier is one of the program's. */
    record Nominee(long unitId, boolean collective, String name) {
    }

    Optional<Nominee> nominee(long dossierId) {
        return jdbc.sql("""
                select d.unit_id, d.nominee_type, d.nominee_name from dossier d join campaign c on c.id = d.campaign_id
                where d.id = ? and c.code = ?""")
                .params(dossierId, SongLedger.CAMPAIGN)
                .query((rs, n) -> new Nominee(rs.getLong(1), "COLLECTIVE".equals(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    SongEvidence evidence(long dossierId, Nominee nominee) {
        List<LedgerEntry> entries = this.entries.standingContributionsOf(nominee.collective() ? nominee.unitId() : null,
                nominee.name());
        List<Long> cited = jdbc.sql("select entry_id from song_citation where dossier_id = ?").param(dossierId)
                .query(Long.class).list();
        return new SongEvidence(dossierId, nominee.collective() ? COLLECTIVE_CRITERION : INDIVIDUAL_CRITERION, entries,
                entries.stream().mapToLong(LedgerEntry::money).sum(),
                entries.stream().mapToLong(LedgerEntry::deviceCount).sum(),
                entries.stream().mapToLong(LedgerEntry::deviceValue).sum(),
                entries.stream().mapToLong(LedgerEntry::villagesCovered).sum(), new HashSet<>(cited));
    }

    @Override
    public Map<String, Object> of(long dossierId) {
        return nominee(dossierId).<Map<String, Object>>map(n -> Map.of("songEvidence", evidence(dossierId, n)))
                .orElse(Map.of());
    }

    @Override
    public Map<String, String> frozen(long dossierId) {
        return Map.of();
    }
}
