package vn.gov.sonla.awards.database;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the embedded server's page cache is sized: for the machine by default, or as configured. */
class EmbeddedServerTests {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void byDefaultTheCacheIsAQuarterOfTheMachineBetween128MbAnd2Gb() {
        assertThat(EmbeddedServer.defaultSharedBuffers(4 * GIB)).isEqualTo(DataSize.ofMegabytes(1024));
        assertThat(EmbeddedServer.defaultSharedBuffers(2 * GIB)).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(EmbeddedServer.defaultSharedBuffers(24 * GIB)).isEqualTo(DataSize.ofGigabytes(2));
        assertThat(EmbeddedServer.defaultSharedBuffers(GIB / 4)).isEqualTo(DataSize.ofMegabytes(128));
    }

    @Test
    void withNothingConfiguredThisMachineGetsItsDefault() {
        DataSize size = EmbeddedServer.sharedBuffers(null);
        assertThat(size.toMegabytes()).isBetween(128L, 2048L);
        assertThat(EmbeddedServer.sharedBuffers(" ")).isEqualTo(size);
    }

    @Test
    void aConfiguredSizeIsTakenInWholeMegabytes() {
        assertThat(EmbeddedServer.sharedBuffers("1GB")).isEqualTo(DataSize.ofMegabytes(1024));
        assertThat(EmbeddedServer.sharedBuffers(" 256MB ")).isEqualTo(DataSize.ofMegabytes(256));
        assertThat(EmbeddedServer.sharedBuffers("20000KB")).isEqualTo(DataSize.ofMegabytes(19));
    }

    @Test
    void aSizeThatIsNotOneOrIsOutOfRangeIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("lots"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("awards.db.shared-buffers")
                .hasMessageContaining("'lots'");
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("8MB"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("between 16MB");
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("4096TB"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("this machine's memory");
    }
}
