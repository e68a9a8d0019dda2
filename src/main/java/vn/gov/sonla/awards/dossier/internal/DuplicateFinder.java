package vn.gov.sonla.awards.dossier.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * Finds possible duplicates of a dossier in its campaign, by this or another unit: the same individual (the
 * same national ID, compared by its keyed hash, or the same name — ignoring case and Vietnamese diacritics — and
 * birth year) or the same collective (the same name). Other units' drafts and withdrawn dossiers are not counted.
 */
@Component
public class DuplicateFinder {

    private final JdbcClient jdbc;
    private final NationalIdCipher cipher;

    DuplicateFinder(JdbcClient jdbc, NationalIdCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<Duplicate> of(Dossier dossier) {
        String nid = cipher.hash(dossier.getNominee().nationalId());
        return jdbc.sql("""
                select d.id, d.nominee_name, d.nominee_birth_year, u.name as unit_name, af.name as award_name,
                       af.name_en as award_name_en, d.status,
                       coalesce(d.nominee_national_id_hash = cast(:nid as varchar), false) as same_id,
                       d.unit_id = :unit as same_unit
                from dossier d
                join unit u on u.id = d.unit_id
                join award_form af on af.id = awards_effective_award_form_id(d)
                where d.campaign_id = :campaign
                  and d.id <> :id
                  and d.nominee_type = :type
                  and d.status not in ('DRAFT', 'WITHDRAWN')
                  and %s
                order by d.id
                limit 20
                """.formatted(SameNominee.condition(nid)))
                .param("nid", nid)
                .param("unit", dossier.getUnit().getId())
                .param("campaign", dossier.getCampaign().getId())
                .param("id", dossier.getId())
                .param("type", dossier.getNomineeType().name())
                .param("name", dossier.getNomineeName())
                .param("year", SameNominee.year(dossier.getNomineeType(), dossier.getNominee().birthYear()))
                .query((rs, n) -> new Duplicate(rs.getLong("id"), rs.getString("nominee_name"),
                        (Integer) rs.getObject("nominee_birth_year"), rs.getString("unit_name"), rs.getString("award_name"),
                        rs.getString("award_name_en"), DossierStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("same_id"), rs.getBoolean("same_unit")))
                .list();
    }
}
