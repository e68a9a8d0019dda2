package vn.gov.sonla.awards.common;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.gov.sonla.awards.AwardsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A start with a setting the application refuses: the operator reads the problem and what to do, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class SettingRefusedIntegrationTests {

    @TempDir Path dataDir;

    @Test
    void aRefusedSettingStopsTheStartWithItsProblemAndActionAndNoStackTrace(CapturedOutput output) throws IOException {
        SpringApplicationBuilder application = new SpringApplicationBuilder(AwardsApplication.class)
                .web(WebApplicationType.NONE);

        int port = freePort();
        Throwable thrown = catchThrowable(() -> application.run("--awards.data-dir=" + dataDir,
                "--awards.db.port=" + port, "--awards.db.shared-buffers=lots", "--awards.scheduling.enabled=false"));

        assertThat(Stream.iterate(thrown, Objects::nonNull, Throwable::getCause))
                .anyMatch(SettingRefused.class::isInstance);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("AWARDS_DB_SHARED_BUFFERS (awards.db.shared-buffers) must be a size such as 512MB or 2GB, "
                        + "not 'lots'")
                .contains("Set AWARDS_DB_SHARED_BUFFERS in whole megabytes or gigabytes")
                .doesNotContain("Application run failed")
                .doesNotContain("\tat org.springframework");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
