package vn.gov.sonla.awards.common;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily jobs are really scheduled, whether or not mail is configured. */
@IntegrationTest
class SchedulingIntegrationTests {

    @Autowired ScheduledTaskHolder scheduler;

    @Test
    void overdueNoticesHousekeepingAndAuditCheckpointsRunOnTheirOwn() {
        assertThat(scheduler.getScheduledTasks()).extracting(task -> task.getTask().getRunnable().toString())
                .anySatisfy(name -> assertThat(name).contains("OverdueNotices"))
                .anySatisfy(name -> assertThat(name).contains("LoginThrottle"))
                .anySatisfy(name -> assertThat(name).contains("AuditCheckpoints"));
    }
}
