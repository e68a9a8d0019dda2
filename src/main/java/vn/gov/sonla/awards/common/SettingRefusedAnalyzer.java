package vn.gov.sonla.awards.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by a {@link SettingRefused}, however deep in the creation of beans: Spring Boot reports the problem
 * and the action under "APPLICATION FAILED TO START" instead of logging the whole chain of exceptions (registered in
 * {@code META-INF/spring.factories}).
 */
public class SettingRefusedAnalyzer extends AbstractFailureAnalyzer<SettingRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
