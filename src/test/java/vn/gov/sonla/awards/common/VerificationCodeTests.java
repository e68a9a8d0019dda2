package vn.gov.sonla.awards.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A certificate's code as printed and as typed back from paper. */
class VerificationCodeTests {

    @Test
    void aCodeIsPrintedInFourGroupsOfFiveOnOneLine() {
        String printed = VerificationCode.printed("7K3QDM2X9AT4B8CNE5FG");
        assertThat(printed).isEqualTo("7K3QD-M2X9A-T4B8C-NE5FG");
        assertThat(printed).doesNotStartWith("-").doesNotContain(" ");
    }

    @Test
    void whatIsTypedIsReadWithoutRegardToCaseSpacesHyphensAndLookalikes() {
        assertThat(VerificationCode.stored(" 7k3qd m2x9a-t4b8c -ne5fg ")).contains("7K3QDM2X9AT4B8CNE5FG");
        assertThat(VerificationCode.stored("7K3QD–M2X9A–T4B8C–NE5FG")).contains("7K3QDM2X9AT4B8CNE5FG");
        // O is read as zero, I and L as one
        assertThat(VerificationCode.stored("oooooiiiiilllll00000")).contains("00000111111111100000");
    }

    @Test
    void aCodeOfTheEarlierFormatIsFoundExactlyAsPrinted() {
        assertThat(VerificationCode.stored("aB3_-x9ZqT0kLmN5pQ7rS2")).contains("aB3_-x9ZqT0kLmN5pQ7rS2");
        assertThat(VerificationCode.printed("aB3_-x9ZqT0kLmN5pQ7rS2")).isEqualTo("aB3_-x9ZqT0kLmN5pQ7rS2");
    }

    @Test
    void somethingElseIsNoCode() {
        assertThat(VerificationCode.stored("7K3QD-M2X9A-T4B8C")).isEmpty();
        assertThat(VerificationCode.stored("7K3QD-M2X9A-T4B8C-NE5FU")).isEmpty();
        assertThat(VerificationCode.stored("' or 1=1 --")).isEmpty();
        assertThat(VerificationCode.stored(null)).isEmpty();
    }

    @Test
    void newCodesUseOnlyTheAlphabet() {
        for (int i = 0; i < 1000; i++) {
            assertThat(VerificationCode.generate()).matches("[0-9A-HJKMNP-TV-Z]{20}");
        }
    }
}
