package vn.gov.sonla.awards.song;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The places and givers the ledger names: the province's districts, the schools of the list, the contributing units. */
@Service
public class SongDirectory {

    private final JdbcClient jdbc;

    SongDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The province's districts (the city and the huyện), by name. */
    public List<District> districts() {
        return jdbc.sql("select id, name from unit where unit_type = 'DISTRICT' and active order by name")
                .query((rs, n) -> new District(rs.getLong(1), rs.getString(2))).list();
    }

    public record District(long id, String name) {
    }

    /** The schools of the list, by district and name. */
    public List<School> schools() {
        return jdbc.sql("""
                select s.id, s.name, s.commune, u.name from song_school s join unit u on u.id = s.district_id
                order by u.name, s.name""")
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public record School(long id, String name, String commune, String districtName) {
    }

    /** Units that may be named as contributors (active units of the system), by name. */
    public List<District> units() {
        return jdbc.sql("select id, name from unit where active order by name")
                .query((rs, n) -> new District(rs.getLong(1), rs.getString(2))).list();
    }

    /** The unit's id by its code or its exact name (for the import), if there is one. */
    public Optional<Long> unitByCodeOrName(String text, boolean districtOnly) {
        return jdbc.sql("""
                select id from unit where (upper(code) = upper(:t) or lower(name) = lower(:t)
                       or (unit_type = 'DISTRICT' and lower(name) like '%' || lower(:t)))
                  and (not :d or unit_type = 'DISTRICT') order by id limit 1""")
                .param("t", text.strip()).param("d", districtOnly).query(Long.class).optional();
    }

    /** The school of the list by its name in the district, ignoring case and surrounding spaces. */
    public Optional<Long> school(long districtId, String name) {
        return jdbc.sql("select id from song_school where district_id = ? and lower(name) = lower(?)")
                .params(districtId, name.strip().replaceAll("\\s+", " ")).query(Long.class).optional();
    }

    boolean isDistrict(long unitId) {
        return jdbc.sql("select count(*) from unit where id = ? and unit_type = 'DISTRICT'").param(unitId)
                .query(Long.class).single() > 0;
    }
}
