package vn.gov.sonla.awards.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.DossierRow;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * The lists of dossiers as {@link DossierRow}s, read by SQL: one statement for a page of rows, one for the capped
 * count. A queue page of a national-scale system is read many times a second; through the ORM each of these two
 * statements cost more CPU (query building, translation, entity hydration) than the rest of the page.
 *
 * <p>Who sees what is {@link DossierScope#sqlVisibleTo}, the same scope as {@link DossierScope#visibleTo}, which a
 * test checks row for row for every role.
 */
@Component
public class DossierRows {

    /**
     * The ids of a page are found first, from the dossier's indexes alone where they suffice (an index of a stage or
     * unit in id order, with the searched name beside it), and only those rows are then read with their names.
     */
    private static final String PAGE = """
            select d.id, d.nominee_name, d.nominee_type, u.name as unit_name, c.short_name, c.review_days,
                   af.name as award_form_name, af.name_en, filed.name as filed_name, filed.name_en as filed_name_en,
                   d.status, d.status_changed_at, d.claimed_by_name, d.last_reason, d.version
              from (select d.id from dossier d where %s order by d.id %s limit %d) page
              join dossier d on d.id = page.id
              join unit u on u.id = d.unit_id
              join campaign c on c.id = d.campaign_id
              join award_form af on af.id = awards_effective_award_form_id(d)
              left join award_form filed on filed.id = d.award_form_id and d.proposed_award_form_id is not null
             order by d.id %s
            """;

    private final JdbcClient jdbc;

    DossierRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * At most {@code limit} rows matching, by id, newest first or oldest first. Called in a transaction: a search by
     * name is planned for the words typed (a plan made for any words would guess that a word is rare and read every
     * dossier containing "thi" before narrowing them to the list's scope).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DossierRow> rows(Conditions where, boolean newestFirst, int limit) {
        if (where.searchesNames) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            if (where.withinOneUnit) {
                // A unit's dossiers are read from its index in id order, names beside them: a bounded range, a few
                // milliseconds for the largest unit. PostgreSQL guesses several words typed together to be far
                // rarer than they are and would rather intersect every dossier of the province holding them
                // (the trigram index) with the unit's, which costs twice as much and grows with the province.
                jdbc.sql("set local enable_bitmapscan = off").update();
            }
        }
        String order = newestFirst ? "desc" : "asc";
        return jdbc.sql(PAGE.formatted(where.sql(), order, limit, order))
                .params(where.params()).query(DossierRows::row).list();
    }

    /** How many dossiers match, counted no further than one past the cap (an index range, never the whole list). */
    public long countUpTo(Conditions where, int cap) {
        return jdbc.sql("select count(*) from (select 1 from dossier d where " + where.sql() + " limit " + (cap + 1) + ") c")
                .params(where.params()).query(Long.class).single();
    }

    private static DossierRow row(ResultSet rs, int n) throws SQLException {
        return new DossierRow(rs.getLong("id"), rs.getString("nominee_name"),
                NomineeType.valueOf(rs.getString("nominee_type")), rs.getString("unit_name"), rs.getString("short_name"),
                rs.getObject("review_days", Integer.class), rs.getString("award_form_name"), rs.getString("name_en"),
                rs.getString("filed_name"), rs.getString("filed_name_en"), DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_changed_at").toInstant(),
                rs.getString("claimed_by_name"), rs.getString("last_reason"), rs.getLong("version"));
    }

    /**
     * SQL conditions on the dossier {@code d} joined together by "and", with their named parameters. Values are
     * always bound; only enum names (never what a person typed) are written into the SQL.
     */
    public static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();
        private boolean searchesNames;
        private boolean withinOneUnit;

        public Conditions and(String clause) {
            clauses.add(clause);
            return this;
        }

        public Conditions and(String clause, String name, Object value) {
            params.put(name, value);
            return and(clause);
        }

        public Conditions inStatus(Set<DossierStatus> statuses) {
            return and(statuses.isEmpty() ? "false" : "d.status in (" + statuses.stream()
                    .map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")");
        }

        /** The filters of a list; the name matches ignoring case and Vietnamese diacritics. */
        public Conditions matching(DossierFilter filter) {
            if (filter.query() != null) {
                // every word typed must appear in the name, in any order, ignoring case and diacritics
                searchesNames = true;
                String[] words = filter.query().toLowerCase(Locale.ROOT).split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    String pattern = "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    and("d.nominee_search like awards_unaccent(:word" + i + ") escape '\\'", "word" + i, pattern);
                }
            }
            if (filter.campaignId() != null) {
                and("d.campaign_id = :campaignId", "campaignId", filter.campaignId());
            }
            if (filter.status() != null) {
                and("d.status = '" + filter.status().name() + "'");
            }
            if (filter.awardFormId() != null) {
                and("awards_effective_award_form_id(d) = :awardFormId", "awardFormId", filter.awardFormId());
            }
            if (filter.unitId() != null) {
                withinOneUnit(filter.unitId());
            }
            if (filter.districtId() != null && filter.districtId() == DossierFilter.PROVINCIAL_LEVEL) {
                // units of the province itself: not a district and not placed under one (as the reports count them)
                and("""
                        d.unit_id in (select pu.id from unit pu left join unit pp on pp.id = pu.parent_id
                                       where pu.unit_type <> 'DISTRICT' and (pp.id is null or pp.unit_type <> 'DISTRICT'))""");
            } else if (filter.districtId() != null) {
                // the district's own People's Committee, or a unit placed under it
                and("d.unit_id in (select du.id from unit du where du.id = :districtId or du.parent_id = :districtId)",
                        "districtId", filter.districtId());
            }
            if (filter.nomineeType() != null) {
                and("d.nominee_type = '" + filter.nomineeType().name() + "'");
            }
            if (filter.frontline() != null) {
                and("d.frontline = :frontline", "frontline", filter.frontline());
            }
            return this;
        }

        /** The dossiers of one unit. */
        public Conditions withinOneUnit(long unitId) {
            withinOneUnit = true;
            return and("d.unit_id = :unitId" + clauses.size(), "unitId" + clauses.size(), unitId);
        }

        /** These conditions and the rows after or before a dossier in a list by id (a keyset page), as a copy. */
        public Conditions range(Long after, Long before) {
            Conditions page = new Conditions();
            page.clauses.addAll(clauses);
            page.params.putAll(params);
            page.searchesNames = searchesNames;
            page.withinOneUnit = withinOneUnit;
            if (after != null) {
                page.and("d.id < :after", "after", after);
            } else if (before != null) {
                page.and("d.id > :before", "before", before);
            }
            return page;
        }

        public String sql() {
            return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
        }

        public Map<String, Object> params() {
            return params;
        }
    }

    /** Whether the asker may see this dossier: the scope of the lists, for one id. */
    public boolean visible(long id, Actor user) {
        Conditions scope = where(user).and("d.id = :id", "id", id);
        return jdbc.sql("select exists (select 1 from dossier d where " + scope.sql() + ")").params(scope.params())
                .query(Boolean.class).single();
    }

    /** The ids of the dossiers that meet the conditions, in id order. */
    public List<Long> ids(Conditions where) {
        return jdbc.sql("select d.id from dossier d where " + where.sql() + " order by d.id").params(where.params())
                .query(Long.class).list();
    }

    /** Which of these dossiers the asker may see: the scope of the lists, for many ids at once. */
    public Set<Long> visible(Collection<Long> ids, Actor user) {
        Conditions scope = where(user).and("d.id = any(:ids)", "ids", new SqlArrayValue("bigint", ids.toArray()));
        return new HashSet<>(jdbc.sql("select d.id from dossier d where " + scope.sql()).params(scope.params())
                .query(Long.class).list());
    }

    /**
     * The dossiers the asker may see, as conditions to narrow further. For a department, its campaigns are read
     * first (one short statement on a small table, never cached, so a campaign handed to another department leaves
     * this one's lists at once): a list of one campaign's stage is then read in id order from the index
     * (campaign, stage, id) alone, names included.
     */
    public Conditions where(Actor user) {
        List<Long> campaigns = user.role() == Role.DEPARTMENT
                ? jdbc.sql("select id from campaign where compiling_unit_id = ? order by id").param(user.unitId())
                        .query(Long.class).list()
                : List.of();
        return DossierScope.sqlVisibleTo(user, campaigns, new Conditions());
    }
}
