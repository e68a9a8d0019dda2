package vn.gov.sonla.awards.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How sessions are written to PostgreSQL. A session's new attribute is written only while the session is still
 * stored, and written over when a parallel request of the same session wrote it first: a request in flight when its
 * session was ended (sign out everywhere, deactivation, on any instance) or two tabs saving the same attribute then
 * end normally instead of failing on the attributes' foreign key or primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT v.id, v.name, v.bytes FROM (VALUES (?, ?, ?)) AS v (id, name, bytes)
            WHERE EXISTS (SELECT 1 FROM %TABLE_NAME% s WHERE s.PRIMARY_ID = v.id)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> storedSessionWrites() {
        return sessions -> sessions.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
    }
}
