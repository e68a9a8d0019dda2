package vn.gov.sonla.awards.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a line of an official document may end: between words, and inside a web address or an overlong word. */
class WordLineBreakerTests {

    @Test
    void aDateANumberAndSymbolAndAHyphenatedWordAreNeverBrokenInside() {
        assertThat(pieces("Tờ trình số 3/TTr-SNV ngày 06/12/2026 về Covid-19."))
                .containsExactly("Tờ ", "trình ", "số ", "3/TTr-SNV ", "ngày ", "06/12/2026 ", "về ", "Covid-19.");
    }

    @Test
    void aWebAddressStillBreaksAtItsSlashes() {
        assertThat(pieces("http://localhost:8080/verify/ZVHZ9X0BQFSSFFBTCFSK")).hasSizeGreaterThan(1);
        String overlong = "a".repeat(WordLineBreaker.LONG_WORD / 2) + "-" + "b".repeat(WordLineBreaker.LONG_WORD / 2);
        assertThat(pieces(overlong)).hasSizeGreaterThan(1);
    }

    private static List<String> pieces(String text) {
        WordLineBreaker breaker = new WordLineBreaker(PdfDocuments.VIETNAMESE);
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
            if (at > from) {
                pieces.add(text.substring(from, at));
                from = at;
            }
        }
        return pieces;
    }
}
