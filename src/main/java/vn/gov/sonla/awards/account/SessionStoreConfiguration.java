package vn.gov.sonla.awards.account;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How sessions are read and written in PostgreSQL.
 * <ul>
 *   <li>A session's new attribute is written only while the session is still stored, and written over when a
 *       parallel request of the same session wrote it first: a request in flight when its session was ended (sign out
 *       everywhere, deactivation, on any instance) or two tabs saving the same attribute then end normally instead of
 *       failing on the attributes' foreign key or primary key.</li>
 *   <li>Every request sets its session's last access time, and Spring Session would write the session row back each
 *       time: an update and its commit on every page read. The request filter here works through
 *       {@link QuietSessionRepository}, which reads a session once per request and writes it only when something else
 *       of it changed or its stored last access is at least {@code awards.session.last-access-write-every} old. The
 *       stored expiry then lags the last click by at most that interval, so a session idle for the whole timeout may
 *       end up to that much early, never late.</li>
 *   <li>Session statements run without a transaction of their own: each is one statement, committed by itself,
 *       instead of an entity manager and a transaction opened by the application's JPA transaction manager for each.
 *       Inside an application transaction (sign out everywhere) they still take part in it. A session is the sign-in
 *       state, not a record: an attribute write lost between two statements costs at most a new CSRF token.</li>
 *   <li>An attribute's stored bytes are deserialized once per instance ({@link RememberedSessionAttributes}), not on
 *       every request that reads them.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT v.id, v.name, v.bytes FROM (VALUES (?, ?, ?)) AS v (id, name, bytes)
            WHERE EXISTS (SELECT 1 FROM %TABLE_NAME% s WHERE s.PRIMARY_ID = v.id)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** Taken by Spring Session by this name; not a candidate for the application's own transaction templates. */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /** Attribute objects kept per instance by their stored bytes ({@link RememberedSessionAttributes}). */
    static final long REMEMBERED_ATTRIBUTES = 10_000;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> storedSessionWrites(
            ApplicationContext context, @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        return sessions -> {
            sessions.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
            sessions.setConversionService(RememberedSessionAttributes.conversionService(context.getClassLoader(),
                    REMEMBERED_ATTRIBUTES, idleTimeout));
        };
    }

    /** Just outside Spring Session's filter: what one request read of its session is read once. */
    @Bean
    FilterRegistrationBean<QuietSessionRepository.RequestScope> sessionsReadOncePerRequest() {
        FilterRegistrationBean<QuietSessionRepository.RequestScope> registration =
                new FilterRegistrationBean<>(new QuietSessionRepository.RequestScope());
        // a nested error dispatch runs inside the request's scope; a later one reads its session as usual
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /**
     * Spring Session's request filter, made again over the quiet repository, with the session id read and written as
     * Spring Session's own configuration does (the cookie of {@code server.servlet.session.cookie.*}).
     */
    @Bean
    static BeanPostProcessor quietSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions,
                                                ObjectProvider<AccountProperties> properties,
                                                ObjectProvider<HttpSessionIdResolver> resolvers,
                                                ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SessionRepositoryFilter<?>)) {
                    return bean;
                }
                var filter = new SessionRepositoryFilter<>(new QuietSessionRepository(sessions.getObject(),
                        properties.getObject().session().lastAccessWriteEvery()));
                filter.setHttpSessionIdResolver(resolvers.getIfAvailable(() -> {
                    CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
                    byCookie.setCookieSerializer(cookies.getObject());
                    return byCookie;
                }));
                return filter;
            }
        };
    }
}
