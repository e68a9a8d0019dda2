package vn.gov.sonla.awards.dossier;

import org.junit.jupiter.api.Test;

import vn.gov.sonla.awards.common.SettingRefused;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageDeadlinesTests {

    @Test
    void aNegativeDefaultDeadlineStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new StageDeadlines(-1)).isInstanceOf(SettingRefused.class)
                .hasMessageContaining("AWARDS_DEADLINE_WORKING_DAYS").hasMessageContaining("not -1");
        assertThatCode(() -> new StageDeadlines(0)).doesNotThrowAnyException();
    }
}
