package vn.gov.sonla.awards.common;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.annotation.DirtiesContext;

import vn.gov.sonla.awards.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code awards.scheduling.enabled=false} is an off switch: an instance started with it schedules no job at all (no
 * overdue notices, no housekeeping, nothing a library schedules of its own).
 */
@SpringBootTest(properties = {"awards.database.embedded=false", "awards.id-keys=development", "awards.scheduling.enabled=false"})
@Import(TestDatabaseConfiguration.class)
@DirtiesContext
class SchedulingSwitchIntegrationTests {

    @Autowired ApplicationContext context;

    @Test
    void anInstanceWithSchedulingOffRunsNoJob() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
                .allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
    }
}
