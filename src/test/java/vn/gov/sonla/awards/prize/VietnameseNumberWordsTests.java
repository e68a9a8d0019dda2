package vn.gov.sonla.awards.prize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnameseNumberWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|không",
            "1|một",
            "5|năm",
            "10|mười",
            "11|mười một",
            "15|mười lăm",
            "20|hai mươi",
            "21|hai mươi mốt",
            "25|hai mươi lăm",
            "54|năm mươi bốn",
            "100|một trăm",
            "101|một trăm linh một",
            "105|một trăm linh năm",
            "110|một trăm mười",
            "115|một trăm mười lăm",
            "121|một trăm hai mươi mốt",
            "1000|một nghìn",
            "1005|một nghìn không trăm linh năm",
            "1015|một nghìn không trăm mười lăm",
            "10000|mười nghìn",
            "15000|mười lăm nghìn",
            "21000|hai mươi mốt nghìn",
            "450000|bốn trăm năm mươi nghìn",
            "1000001|một triệu không trăm linh một",
            "1490000|một triệu bốn trăm chín mươi nghìn",
            "1800000|một triệu tám trăm nghìn",
            "2340000|hai triệu ba trăm bốn mươi nghìn",
            "4680000|bốn triệu sáu trăm tám mươi nghìn",
            "25050000|hai mươi lăm triệu không trăm năm mươi nghìn",
            "1000000000|một tỷ",
            "1002000000|một tỷ không trăm linh hai triệu",
            "3000000000000000000|ba tỷ tỷ",
    })
    void readsNumbersAsTheyAreSpoken(long number, String words) {
        assertThat(VietnameseNumberWords.of(number)).isEqualTo(words);
    }

    @Test
    void writesAnAmountAsTheLineBangChuDoes() {
        assertThat(VietnameseNumberWords.dong(2_340_000)).isEqualTo("Hai triệu ba trăm bốn mươi nghìn đồng");
        assertThat(VietnameseNumberWords.dong(0)).isEqualTo("Không đồng");
    }

    @Test
    void aNegativeAmountHasNoReading() {
        assertThatThrownBy(() -> VietnameseNumberWords.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
