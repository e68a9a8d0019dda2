package vn.gov.sonla.awards.dossier.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * Finds the nominee's earlier awards: other dossiers, in any campaign, that a provincial decision granted,
 * the central level awarded, or the chairman proposed to the central level — the same individual (national
 * ID by its keyed hash, or name without diacritics and birth year) or collective (name) — and the Giấy khen the dossier's own
 * unit recorded for someone of the same name (a grassroots certificate has no birth year or ID to compare). The 20
 * latest decided are shown, of the 100 latest filed dossiers of that nominee: a name shared by thousands (a village's
 * youth union, in every district) costs no more than a rare one.
 */
@Component
public class EarlierAwardFinder {

    private final JdbcClient jdbc;
    private final NationalIdCipher cipher;

    EarlierAwardFinder(JdbcClient jdbc, NationalIdCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<EarlierAward> of(Dossier dossier) {
        String nid = cipher.hash(dossier.getNominee().nationalId());
        List<EarlierAward> found = new ArrayList<>(jdbc.sql("""
                select d.id, d.nominee_name, u.name as unit_name, c.short_name as campaign_name,
                       af.name as award_name, af.name_en as award_name_en, d.status,
                       case d.status when 'GRANTED' then ad.number
                                     when 'CENTRAL_AWARDED' then cp.central_decision_number
                                     else cp.number end as number,
                       case d.status when 'GRANTED' then ad.issued_on
                                     when 'CENTRAL_AWARDED' then cp.central_decision_date
                                     else cp.proposed_on end as decided_on
                from (select d.id from dossier d
                      where d.id <> :id
                        and d.nominee_type = :type
                        and d.status in ('GRANTED', 'CENTRAL_AWARDED', 'PROPOSED_TO_CENTRAL')
                        and %s
                      order by d.id desc
                      limit 100) same
                join dossier d on d.id = same.id
                -- what the decision module keeps: the decision of a certificate, the letter to the central level
                left join certificate ce on ce.dossier_id = d.id
                left join award_decision ad on ad.id = ce.decision_id
                left join central_proposal cp on cp.dossier_id = d.id
                join unit u on u.id = d.unit_id
                join campaign c on c.id = d.campaign_id
                join award_form af on af.id = awards_effective_award_form_id(d)
                order by decided_on desc nulls last, d.id desc
                limit 20
                """.formatted(SameNominee.condition(nid)))
                .param("id", dossier.getId())
                .param("type", dossier.getNomineeType().name())
                .param("nid", nid)
                .param("name", dossier.getNomineeName())
                .param("year", SameNominee.year(dossier.getNomineeType(), dossier.getNominee().birthYear()))
                .query((rs, n) -> new EarlierAward(rs.getLong("id"), rs.getString("nominee_name"), rs.getString("unit_name"),
                        rs.getString("campaign_name"), rs.getString("award_name"), rs.getString("award_name_en"),
                        rs.getString("number"), toLocalDate(rs.getDate("decided_on")),
                        DossierStatus.valueOf(rs.getString("status"))))
                .list());
        found.addAll(jdbc.sql("""
                select ga.name, u.name as unit_name, c.short_name as campaign_name, af.name as award_name,
                       af.name_en as award_name_en, gd.number, gd.decided_on
                from grassroots_awardee ga
                join grassroots_decision gd on gd.id = ga.decision_id
                join unit u on u.id = gd.unit_id
                join campaign c on c.id = gd.campaign_id
                left join award_form af on af.code = 'GRASSROOTS_CERTIFICATE'
                where gd.unit_id = :unit
                  and ga.nominee_type = :type
                  and unaccent(lower(ga.name)) = unaccent(lower(:name))
                order by gd.decided_on desc, ga.id desc
                limit 20
                """)
                .param("unit", dossier.getUnit().getId())
                .param("type", dossier.getNomineeType().name())
                .param("name", dossier.getNomineeName())
                .query((rs, n) -> new EarlierAward(null, rs.getString("name"), rs.getString("unit_name"),
                        rs.getString("campaign_name"), rs.getString("award_name"), rs.getString("award_name_en"),
                        rs.getString("number"), toLocalDate(rs.getDate("decided_on")), null))
                .list());
        return found;
    }

    private static java.time.LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
