package vn.gov.sonla.awards.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link IntegrationTest}, but with the real servlet container on a random port, for tests that
 * need what only a server does (error pages, real browsers). All such tests share one Spring context. The
 * server trusts forwarded headers from a proxy on this machine, as in production behind the README's reverse proxy
 * ({@code server.forward-headers-strategy=native}); requests that send none are served as plain HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"awards.database.embedded=false", "awards.demo=true", "server.forward-headers-strategy=native"})
@Import({TestDatabaseConfiguration.class, Fixtures.class, DecidedChains.class})
public @interface ServerTest {
}
