package vn.gov.sonla.awards.common;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The background clock for the daily and periodic jobs (overdue notices, mail delivery, report tallies, the audit
 * checkpoint, housekeeping). Every instance runs the clock; each job also carries a {@code @SchedulerLock}, so that
 * when several instances are due at once only the one that takes the job's row in the table {@code shedlock} runs
 * it. {@code awards.scheduling.enabled=false} turns the clock off on an instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = SchedulingConfiguration.LOCK_AT_MOST_FOR)
@ConditionalOnProperty(name = "awards.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

    /** How long a job's lock outlives an instance that died while running it. */
    static final String LOCK_AT_MOST_FOR = "PT30M";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime() // the database's clock decides, not each instance's
                .build());
    }
}
