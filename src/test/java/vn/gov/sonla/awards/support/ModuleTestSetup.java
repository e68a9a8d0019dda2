package vn.gov.sonla.awards.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What every {@code @ApplicationModuleTest} adds to its module's context: the shared test PostgreSQL, imported
 * exactly as {@link IntegrationTest} imports it (Flyway finds the schema migrated, or migrates it when this is the
 * run's first context; it never cleans), and {@link ModuleFixtures}. The application's own embedded server stays
 * off, as in {@link IntegrationTest}: should a module come to depend on the {@code database} module, its test must
 * still not start a server on the developer's {@code ./data}. ID card numbers are sealed with the development key,
 * like those of the other contexts on the same database. The context is closed after its test class, the only
 * one to use it, so that its connection pool does not stay open beside the contexts of the rest of the run (the test
 * server takes 100 connections in all).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({TestDatabaseConfiguration.class, ModuleFixtures.class})
@TestPropertySource(properties = {"awards.database.embedded=false", "awards.id-keys=development"})
@DirtiesContext
public @interface ModuleTestSetup {
}
