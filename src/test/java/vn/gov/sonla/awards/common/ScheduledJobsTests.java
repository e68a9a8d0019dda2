package vn.gov.sonla.awards.common;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job takes its lock, so that on several instances a job due on all of them runs on one: a job
 * added without {@code @SchedulerLock} would run once per instance.
 */
class ScheduledJobsTests {

    @Test
    void everyScheduledJobTakesALockOfItsOwn() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.gov.sonla.awards")) {
            types.add(candidate.getBeanClassName());
        }
        types.add("vn.gov.sonla.awards.notification.MailDelivery"); // a @Bean, made only when mail is configured
        List<Method> jobs = new ArrayList<>();
        for (String name : types) {
            Class<?> type = ClassUtils.forName(name, getClass().getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(method);
                }
            }
        }

        assertThat(jobs).extracting(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .contains("OverdueNotices.daily", "MailDelivery.scheduled", "AuditCheckpoints.daily",
                        "LoginThrottle.purgeStale", "ReportTallies.scheduledFold", "StoredSessions.removeExpired");
        assertThat(jobs).allSatisfy(job -> assertThat(job.getAnnotation(SchedulerLock.class))
                .as("the lock of %s", job).isNotNull());
        assertThat(jobs).extracting(job -> job.getAnnotation(SchedulerLock.class).name())
                .as("each job its own lock").doesNotHaveDuplicates();
        assertThat(jobs).allSatisfy(job -> assertThat(job.getReturnType()).as("%s returns nothing: a skipped run "
                + "has no value to give", job).isEqualTo(void.class));
    }
}
