package vn.gov.sonla.awards.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The background clock for the daily and periodic jobs (overdue notices, mail delivery when mail is
 * configured, housekeeping). {@code awards.scheduling.enabled=false} turns it off, e.g. on a second instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "awards.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
