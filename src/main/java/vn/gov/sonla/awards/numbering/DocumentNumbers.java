package vn.gov.sonla.awards.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of official documents, per series and year ("1/TTr-SYT", "1/QĐ-UBND"). The counter row is
 * incremented inside the caller's transaction and stays locked until it commits, so two documents issued
 * at the same moment get consecutive numbers, and a rolled-back issue gives its number back: gap-free.
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the series for the year; must run inside the transaction that issues it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String series, int year) {
        return jdbc.sql("""
                insert into document_counter (series, year, last_number) values (:series, :year, 1)
                on conflict (series, year) do update set last_number = document_counter.last_number + 1
                returning last_number
                """)
                .param("series", series)
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    /** The number as written on the document: "12/TTr-SYT". */
    public static String format(int number, String series) {
        return number + "/" + series;
    }
}
