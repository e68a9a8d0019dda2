package vn.gov.sonla.awards.dossier;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each unit stands against its quotas (chỉ tiêu) per campaign and award form: the quota, the dossiers that
 * count against it, and what remains. A dossier counts once it has been submitted and for as long as it is not
 * withdrawn or rejected (drafts do not count). Quotas only inform: nothing is refused for exceeding one.
 */
@Service
@Transactional(readOnly = true)
public class QuotaStandings {

    private static final String STANDINGS = """
            select q.campaign_id, c.short_name, q.unit_id, u.name, q.award_form_id, a.name, a.name_en, q.quota,
                   (select count(*) from dossier d
                     where d.campaign_id = q.campaign_id and d.unit_id = q.unit_id and d.award_form_id = q.award_form_id
                       and d.status not in ('DRAFT', 'WITHDRAWN', 'REJECTED')) as used
              from campaign_quota q
              join campaign c on c.id = q.campaign_id
              join unit u on u.id = q.unit_id
              join award_form a on a.id = q.award_form_id
            """;
    private static final String ORDER = " order by c.id desc, u.name, a.sort_order";

    private final JdbcClient jdbc;

    QuotaStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every quota of a campaign, for the administrator. */
    public List<Standing> ofCampaign(long campaignId) {
        return query(" where q.campaign_id = ?", campaignId);
    }

    /** The quotas of a unit in the campaigns still open, for its clerks. */
    public List<Standing> ofUnit(long unitId) {
        return query(" where q.unit_id = ? and c.active", unitId);
    }

    /** The units over their quota in the campaigns a department compiles, for that department. */
    public List<Standing> exceededInCampaignsOf(long departmentUnitId) {
        return query(" where c.compiling_unit_id = ?", departmentUnitId).stream().filter(Standing::exceeded).toList();
    }

    private List<Standing> query(String where, long id) {
        return jdbc.sql(STANDINGS + where + ORDER).param(id)
                .query((rs, i) -> new Standing(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }

    /** One quota and its use. */
    public record Standing(long campaignId, String campaignName, long unitId, String unitName, long awardFormId,
                           String awardFormName, String awardFormNameEn, int quota, int used) {

        public int remaining() {
            return Math.max(0, quota - used);
        }

        public boolean exceeded() {
            return used > quota;
        }

        public int excess() {
            return Math.max(0, used - quota);
        }
    }
}
