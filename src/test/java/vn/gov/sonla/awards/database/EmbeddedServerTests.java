package vn.gov.sonla.awards.database;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import vn.gov.sonla.awards.common.SettingRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the embedded server's page cache is sized: for the machine by default, or as configured. */
class EmbeddedServerTests {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void byDefaultTheCacheIsAQuarterOfTheMachineBetween128MbAnd2Gb() {
        assertThat(EmbeddedServer.defaultSharedBuffers(4 * GIB)).isEqualTo(DataSize.ofMegabytes(1024));
        assertThat(EmbeddedServer.defaultSharedBuffers(2 * GIB)).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(EmbeddedServer.defaultSharedBuffers(8 * GIB)).isEqualTo(DataSize.ofGigabytes(2));
        assertThat(EmbeddedServer.defaultSharedBuffers(24 * GIB)).isEqualTo(DataSize.ofGigabytes(2));
        assertThat(EmbeddedServer.defaultSharedBuffers(GIB / 2)).isEqualTo(DataSize.ofMegabytes(128));
        assertThat(EmbeddedServer.defaultSharedBuffers(GIB / 4)).isEqualTo(DataSize.ofMegabytes(128));
    }

    @Test
    void withNothingConfiguredTheMachineGetsItsDefault() {
        assertThat(EmbeddedServer.sharedBuffers(null, 6 * GIB)).isEqualTo(DataSize.ofMegabytes(1536));
        assertThat(EmbeddedServer.sharedBuffers(" ", 6 * GIB)).isEqualTo(DataSize.ofMegabytes(1536));
        assertThat(EmbeddedServer.sharedBuffers(null))
                .isEqualTo(EmbeddedServer.defaultSharedBuffers(EmbeddedServer.machineMemory()));
    }

    @Test
    void aConfiguredSizeIsTakenInWholeMegabytes() {
        assertThat(EmbeddedServer.sharedBuffers("1GB", 8 * GIB)).isEqualTo(DataSize.ofMegabytes(1024));
        assertThat(EmbeddedServer.sharedBuffers(" 256MB ", 8 * GIB)).isEqualTo(DataSize.ofMegabytes(256));
        assertThat(EmbeddedServer.sharedBuffers("20000KB", 8 * GIB)).isEqualTo(DataSize.ofMegabytes(19));
        assertThat(EmbeddedServer.sharedBuffers("16MB", 8 * GIB)).isEqualTo(DataSize.ofMegabytes(16));
        assertThat(EmbeddedServer.sharedBuffers("4GB", 8 * GIB)).isEqualTo(DataSize.ofGigabytes(4));
    }

    @Test
    void aSizeThatIsNotOneOrIsOutOfRangeIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("lots", 8 * GIB))
                .isInstanceOf(SettingRefused.class)
                .hasMessageContaining("AWARDS_DB_SHARED_BUFFERS (awards.db.shared-buffers)").hasMessageContaining("'lots'");
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("512mb", 8 * GIB))
                .isInstanceOf(SettingRefused.class).hasMessageContaining("such as 512MB");
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("16383KB", 8 * GIB))
                .isInstanceOf(SettingRefused.class).hasMessageContaining("between 16MB");
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("4097MB", 8 * GIB))
                .isInstanceOf(SettingRefused.class).hasMessageContaining("half this machine's memory (4096MB)");
        assertThatThrownBy(() -> EmbeddedServer.sharedBuffers("99999999TB", 8 * GIB))
                .isInstanceOf(SettingRefused.class).hasMessageContaining("such as 512MB");
    }
}
