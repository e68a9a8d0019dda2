package vn.gov.sonla.awards.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the shared test PostgreSQL, with the demo accounts and dossiers loaded once
 * (through the real workflow). All integration tests use exactly this configuration so they share one
 * cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"awards.database.embedded=false", "awards.demo=true"})
@Import({TestDatabaseConfiguration.class, Fixtures.class, DecidedChains.class, StatementCounter.class})
public @interface IntegrationTest {
}
