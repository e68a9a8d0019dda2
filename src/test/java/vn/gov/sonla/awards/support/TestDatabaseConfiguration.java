package vn.gov.sonla.awards.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL for the whole test JVM: a Testcontainers {@code postgres:17} when Docker answers,
 * otherwise a real embedded PostgreSQL 17 on a free port, with the library's fast settings ({@code fsync} and
 * {@code synchronous_commit} off: a test database need not survive a power cut, unlike the application's own
 * embedded server, {@code database.EmbeddedServer}). Never H2. Every Spring context of the test run
 * connects to the same server, so a context started later sees the demo data loaded by the first.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    static final String POSTGRES_IMAGE = "postgres:17.6";

    /** Decided once per JVM: is a Docker engine there? */
    static final boolean DOCKER = dockerAvailable();

    @Bean(destroyMethod = "")
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return SharedContainer.INSTANCE;
    }

    @Bean(destroyMethod = "close")
    @Conditional(DockerUnavailable.class)
    DataSource dataSource() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(SharedEmbedded.INSTANCE.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(8);
        return ds;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static final class SharedContainer {
        static final PostgreSQLContainer INSTANCE = new PostgreSQLContainer(POSTGRES_IMAGE);
    }

    private static final class SharedEmbedded {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
        }
    }

    static class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DOCKER;
        }
    }

    static class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DOCKER;
        }
    }
}
