package vn.gov.sonla.awards.song;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The program's figures over the confirmed entries: its totals, and money and devices by district, by contributor and
 * by school, for the public page, the reports and the ledger's export.
 */
@Service
public class SongFigures {

    private final JdbcClient jdbc;

    SongFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COUNTED = "from song_entry e join song_confirmation c on c.entry_id = e.id";

    /** The program's totals over the confirmed entries. */
    public SongTotals totals() {
        return jdbc.sql("""
                select coalesce(sum(e.money) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_value) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.villages_covered) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'DISTRIBUTION'), 0),
                       (select count(distinct x.school_id) from song_standing x where x.school_id is not null),
                       (select count(distinct (x.district_id, lower(x.commune))) from song_standing x where x.commune is not null),
                       (select count(distinct coalesce(x.contributor_unit_id::text, lower(x.contributor_name)))
                          from song_standing x where x.kind = 'CONTRIBUTION')
                """ + COUNTED)
                .query((rs, n) -> new SongTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .single();
    }

    /** Money, devices given and handed on, and schools reached, by district of the recipient. */
    public List<DistrictFigures> byDistrict() {
        return jdbc.sql("""
                select du.name,
                       coalesce(sum(e.money) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'DISTRIBUTION'), 0),
                       (select count(distinct x.school_id) from song_standing x where x.district_id = e.district_id)
                """ + COUNTED + """
                 join unit du on du.id = e.district_id
                group by du.name, e.district_id order by du.name""")
                .query((rs, n) -> new DistrictFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public record DistrictFigures(String district, long money, long devices, long distributed, long schools) {
    }

    /**
     * Money and devices by contributor, the largest first; a contributor who did not agree to publication is
     * grouped with the others under no name (the page says "Nhà hảo tâm").
     */
    public List<ContributorFigures> byContributor() {
        return jdbc.sql("""
                select case when e.publish_name then e.contributor_name end as name,
                       coalesce(sum(e.money), 0), coalesce(sum(e.device_count), 0), coalesce(sum(e.device_value), 0)
                """ + COUNTED + """
                 where e.kind = 'CONTRIBUTION'
                group by 1 having sum(e.money) <> 0 or sum(e.device_count) <> 0 or sum(e.villages_covered) <> 0
                order by 2 desc, 3 desc, 1 nulls last""")
                .query((rs, n) -> new ContributorFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** @param name null when the contributor did not agree to publication */
    public record ContributorFigures(String name, long money, long devices, long deviceValue) {
    }

    /** The newest confirmed contributions that stand (not reversed), newest gift first. */
    public List<LedgerEntry> newestStanding(int size) {
        return jdbc.sql("select " + EntryRows.COLUMNS + """
                 where e.kind = 'CONTRIBUTION' and c.entry_id is not null and e.reverses_id is null and r.id is null
                 order by e.given_on desc, e.id desc limit ?""").param(size).query(EntryRows::map).list();
    }

    /** Devices handed to each school, by kind. */
    public List<SchoolFigures> bySchool() {
        return jdbc.sql("""
                select du.name, s.commune, s.name, e.device_kind, sum(e.device_count), max(e.given_on)
                """ + COUNTED + """
                 join song_school s on s.id = e.school_id join unit du on du.id = s.district_id
                where e.kind = 'DISTRIBUTION'
                group by du.name, s.commune, s.name, e.device_kind having sum(e.device_count) <> 0
                order by du.name, s.commune, s.name, e.device_kind""")
                .query((rs, n) -> new SchoolFigures(rs.getString(1), rs.getString(2), rs.getString(3),
                        DeviceKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    public record SchoolFigures(String district, String commune, String school, DeviceKind kind, long devices,
                                LocalDate lastOn) {
    }
}
