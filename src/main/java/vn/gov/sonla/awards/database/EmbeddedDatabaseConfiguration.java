package vn.gov.sonla.awards.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * A real PostgreSQL server for when no external database is configured: with no
 * {@code spring.datasource.url}, the app starts one whose data survive restarts in {@code ./data/postgres}
 * (or {@code AWARDS_DATA_DIR}), listening on 127.0.0.1 only, with PostgreSQL's durable settings and a page cache
 * sized for the machine or by {@code AWARDS_DB_SHARED_BUFFERS} ({@link EmbeddedServer}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${awards.database.embedded:true}")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        Path dataDir = Path.of(env.getProperty("awards.data-dir", "./data"), "postgres").toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        int port = env.getProperty("awards.db.port", Integer.class, 54329);
        DataSize sharedBuffers = EmbeddedServer.sharedBuffers(env.getProperty(EmbeddedServer.SHARED_BUFFERS_PROPERTY));
        log.info("Starting embedded PostgreSQL on 127.0.0.1:{} with data in {} and shared_buffers {}MB", port, dataDir,
                sharedBuffers.toMegabytes());
        return EmbeddedServer.start(dataDir, port, sharedBuffers);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("embedded");
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
