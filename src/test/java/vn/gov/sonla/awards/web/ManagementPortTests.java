package vn.gov.sonla.awards.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.gov.sonla.awards.common.SettingRefused;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Health and metrics, served without sign-in, are never served on the public port. */
class ManagementPortTests {

    @Test
    void theApplicationRefusesToServeTheActuatorOnThePublicPort() {
        assertThatExceptionOfType(SettingRefused.class).isThrownBy(() -> new ManagementPort(new MockEnvironment()))
                .withMessageContaining("AWARDS_MANAGEMENT_PORT");
        assertThatExceptionOfType(SettingRefused.class).isThrownBy(() -> new ManagementPort(new MockEnvironment()
                        .withProperty("server.port", "8080").withProperty("management.server.port", "8080")));
    }

    @Test
    void aPortOfItsOwnOrNoneAtAllIsAccepted() {
        assertThatCode(() -> new ManagementPort(new MockEnvironment()
                .withProperty("server.port", "8080").withProperty("management.server.port", "8081")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new ManagementPort(new MockEnvironment().withProperty("management.server.port", "-1")))
                .doesNotThrowAnyException();
    }
}
