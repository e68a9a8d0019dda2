package vn.gov.sonla.awards.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person may type: printable text; tab and line breaks in multi-line fields only; never NUL. */
class PlainTextTests {

    @Test
    void vietnameseAndOtherPrintableTextIsText() {
        for (String text : new String[] {"Nguyễn Thị Hoà", "Nguyê\u0303n", "<script>alert(1)</script>", "' OR 1=1 --",
                "👨\u200D👩\u200D👧", "مرحبا", "\u00A0", "", "a".repeat(5000)}) {
            assertThat(PlainText.isAllowed(text, false)).as(text).isTrue();
        }
        assertThat(PlainText.isAllowed(null, false)).isTrue();
    }

    @Test
    void controlCharactersAreNotTextAndNulNeverIs() {
        for (int c = 0; c <= 0x1F; c++) {
            assertThat(PlainText.isAllowed("a" + (char) c + "b", false)).as("U+%04X", c).isFalse();
        }
        assertThat(PlainText.isAllowed("a\u007Fb", false)).isFalse();
        assertThat(PlainText.isAllowed("a\u0085b", true)).isFalse();
        assertThat(PlainText.isAllowed("a\u0000b", true)).isFalse();
        assertThat(PlainText.isAllowed("a\u2028b", true)).isFalse();
        assertThat(PlainText.isAllowed("a\uD800b", false)).as("a lone half of a surrogate pair").isFalse();
    }

    @Test
    void tabAndLineBreaksAreTextInMultiLineFieldsOnly() {
        assertThat(PlainText.isAllowed("dòng 1\r\ndòng 2\tcột", true)).isTrue();
        assertThat(PlainText.isAllowed("dòng 1\r\ndòng 2", false)).isFalse();
        assertThat(PlainText.isAllowed("a\tb", false)).isFalse();
    }

    @Test
    void bidirectionalControlsAreNotText() {
        for (int c : new int[] {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
                0x2069}) {
            assertThat(PlainText.isAllowed("evil" + Character.toString(c) + "gpj.pdf", true)).as("U+%04X", c).isFalse();
        }
    }

    @Test
    void whatIsNotTextIsDroppedFromSearchesAndNames() {
        assertThat(PlainText.withoutControls("Lò\u0000 Văn\u202E\n")).isEqualTo("Lò Văn");
        assertThat(PlainText.withoutControls("evil\u202Egpj.pdf")).isEqualTo("evilgpj.pdf");
        assertThat(PlainText.withoutControls("Nguyễn Thị Hoà")).isEqualTo("Nguyễn Thị Hoà");
        assertThat(PlainText.withoutControls(null)).isNull();
    }
}
