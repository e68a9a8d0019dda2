package vn.gov.sonla.awards.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.VerificationCode;

/**
 * The public records of the province's awards, read straight from the tables with only the public columns
 * selected (never birth year, gender, position or any other personal detail). The honour roll shows a decision's
 * awards only once the chairman's office has published it; the sign-off page previews exactly the same rows.
 */
@Service
@Transactional(readOnly = true)
public class PublicRecords {

    public static final int PAGE_SIZE = 25;

    private static final String SELECT = """
            select ad.id, ad.number, ad.issued_on, d.nominee_name, d.nominee_type, u.name as unit_name,
                   af.name as award, af.name_en as award_en, c.short_name as program
              from dossier d
              join certificate ce on ce.dossier_id = d.id
              join award_decision ad on ad.id = ce.decision_id
              join unit u on u.id = d.unit_id
              join award_form af on af.id = awards_effective_award_form_id(d)
              join campaign c on c.id = d.campaign_id
            """;
    private static final String ORDER = " order by ad.issued_on desc, ad.id desc, d.nominee_type desc, d.nominee_name, d.id";
    private static final String PUBLISHED_MATCHING = """
             where d.status = 'GRANTED'
               and exists (select 1 from decision_publication p where p.decision_id = ad.id)
               and (:pattern = '' or lower(unaccent(d.nominee_name || ' ' || u.name || ' ' || ad.number))
                                     like lower(unaccent(:pattern)) escape '\\')
            """;

    private final JdbcClient jdbc;

    PublicRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The awards of one decision as they will appear (or appear) on the honour roll, published or not. */
    public List<PublicAward> ofDecision(long decisionId) {
        return jdbc.sql(SELECT + " where d.status = 'GRANTED' and ad.id = :decision" + ORDER)
                .param("decision", decisionId).query(PublicRecords::award).list();
    }

    /**
     * The honour roll: awards of published decisions, newest decision first, matching the search without regard to
     * diacritics or case ("nguyen van" finds "Nguyễn Văn"), in pages of {@value #PAGE_SIZE}.
     */
    public Page<PublicAward> honourRoll(String search, int page) {
        String pattern = search == null || search.isBlank() ? "" : "%" + escapeLike(search.strip()) + "%";
        int p = Math.max(page, 0);
        long total = jdbc.sql("select count(*) from dossier d join certificate ce on ce.dossier_id = d.id "
                        + "join award_decision ad on ad.id = ce.decision_id "
                        + "join unit u on u.id = d.unit_id" + PUBLISHED_MATCHING)
                .param("pattern", pattern).query(Long.class).single();
        List<PublicAward> rows = jdbc.sql(SELECT + PUBLISHED_MATCHING + ORDER + " limit :limit offset :offset")
                .param("pattern", pattern)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) p * PAGE_SIZE)
                .query(PublicRecords::award).list();
        return new PageImpl<>(rows, PageRequest.of(p, PAGE_SIZE), total);
    }

    /**
     * A genuine certificate by its code as printed, scanned or typed ({@link VerificationCode}); empty for a code
     * that no certificate has (forged, mistyped).
     */
    public Optional<VerifiedCertificate> verify(String typed) {
        Optional<String> code = VerificationCode.stored(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select d.nominee_name, u.name, af.name, af.name_en, ad.number, ad.issued_on, ad.id
                  from certificate c
                  join dossier d on d.id = c.dossier_id
                  join award_decision ad on ad.id = c.decision_id
                  join unit u on u.id = d.unit_id
                  join award_form af on af.id = awards_effective_award_form_id(d)
                 where c.code = :code and d.status = 'GRANTED'
                """)
                .param("code", code.get())
                .query((rs, n) -> new VerifiedCertificate(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, java.time.LocalDate.class), rs.getLong(7)))
                .optional();
    }

    private static PublicAward award(ResultSet rs, int n) throws SQLException {
        return new PublicAward(rs.getLong("id"), rs.getString("number"), rs.getObject("issued_on", java.time.LocalDate.class),
                rs.getString("nominee_name"), rs.getString("nominee_type"), rs.getString("unit_name"),
                rs.getString("award"), rs.getString("award_en"), rs.getString("program"));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
