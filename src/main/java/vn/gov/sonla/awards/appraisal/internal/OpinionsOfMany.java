package vn.gov.sonla.awards.appraisal.internal;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Home Affairs' same opinion on many dossiers at once (a submission endorsed whole), in one statement. */
@Component
public class OpinionsOfMany {

    private final JdbcClient jdbc;

    OpinionsOfMany(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the opinion on each dossier; it replaces an earlier one, as {@link AppraisalOpinion#give} does. */
    public void giveAll(Collection<Long> dossierIds, boolean endorsed, String remark) {
        jdbc.sql("""
                insert into appraisal_opinion (dossier_id, endorsed, remark)
                select id, :endorsed, :remark from unnest(:ids) as ids(id)
                on conflict (dossier_id) do update set endorsed = excluded.endorsed, remark = excluded.remark""")
                .param("ids", new SqlArrayValue("bigint", dossierIds.toArray()))
                .param("endorsed", endorsed)
                .param("remark", AppraisalOpinion.remarkOf(remark))
                .update();
    }
}
