package vn.gov.sonla.awards.common;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class SettingRefusedAnalyzerTests {

    private final SettingRefusedAnalyzer analyzer = new SettingRefusedAnalyzer();

    @Test
    void aRefusedSettingDeepInTheCreationOfBeansIsReportedAsItsProblemAndAction() {
        SettingRefused refused = new SettingRefused("AWARDS_X must be a number, not 'a'", "Set AWARDS_X to a number.");
        Throwable failure = new BeanCreationException("outer", new BeanCreationException("inner", refused));

        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo("AWARDS_X must be a number, not 'a'");
        assertThat(analysis.getAction()).isEqualTo("Set AWARDS_X to a number.");
        assertThat(analysis.getCause()).isSameAs(refused);
    }

    @Test
    void anyOtherFailureIsLeftToTheOtherAnalyzers() {
        assertThat(analyzer.analyze(new BeanCreationException("outer", new IllegalStateException("a bug")))).isNull();
    }
}
