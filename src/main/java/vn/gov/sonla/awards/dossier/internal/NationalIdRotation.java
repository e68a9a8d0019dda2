package vn.gov.sonla.awards.dossier.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Key rotation of the ID card numbers: at start-up, every dossier's number sealed under an older key of
 * {@code AWARDS_ID_KEYS} is sealed again under the current (first) one, a batch at a time; the log says how many.
 * Only the sealed column changes (its hash stays the same), so the dossier's version and history do not; a row
 * changed meanwhile is left for the next start. Not for command-line runs (a check must not write).
 */
@Component
@ConditionalOnWebApplication
public class NationalIdRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalIdRotation.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final NationalIdCipher cipher;

    public NationalIdRotation(JdbcClient jdbc, NationalIdCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int resealed = resealOldKeys();
        if (resealed > 0) {
            log.info("Sealed {} ID card numbers again under key '{}'", resealed, cipher.currentKeyId());
        }
    }

    /** Seals again what an older key sealed; answers how many. Numbers under a key no longer listed are logged. */
    public int resealOldKeys() {
        int resealed = 0;
        long after = 0;
        while (true) {
            List<Sealed> batch = jdbc.sql("""
                    select id, nominee_national_id_sealed from dossier
                    where nominee_national_id_sealed is not null
                      and split_part(nominee_national_id_sealed, '.', 2) <> :current and id > :after
                    order by id limit :batch""")
                    .param("current", cipher.currentKeyId()).param("after", after).param("batch", BATCH)
                    .query((rs, n) -> new Sealed(rs.getLong(1), rs.getString(2))).list();
            if (batch.isEmpty()) {
                return resealed;
            }
            for (Sealed row : batch) {
                if (NationalIdCipher.isSealed(row.value()) && !cipher.canOpen(row.value())) {
                    log.error("Dossier {}: its ID card number is sealed under a key that is not in AWARDS_ID_KEYS", row.id());
                    continue;
                }
                String number = NationalIdCipher.isSealed(row.value()) ? cipher.open(row.value()) : row.value();
                resealed += jdbc.sql("""
                        update dossier set nominee_national_id_sealed = :now
                        where id = :id and nominee_national_id_sealed = :before""")
                        .param("now", cipher.seal(number)).param("id", row.id()).param("before", row.value())
                        .update();
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private record Sealed(long id, String value) {
    }
}
