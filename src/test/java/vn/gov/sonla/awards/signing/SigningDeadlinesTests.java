package vn.gov.sonla.awards.signing;

import org.junit.jupiter.api.Test;

import vn.gov.sonla.awards.common.SettingRefused;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningDeadlinesTests {

    @Test
    void aSigningDeadlineOfNoWorkingDayStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new SigningDeadlines(null, null, null, 0)).isInstanceOf(SettingRefused.class)
                .hasMessageContaining("AWARDS_DEADLINE_SIGNING_WORKING_DAYS").hasMessageContaining("not 0");
        assertThatCode(() -> new SigningDeadlines(null, null, null, 1)).doesNotThrowAnyException();
    }
}
