package vn.gov.sonla.awards.prize;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The coefficient times the base salary, rounded up to the ten thousand đồng as the decree says. */
class PrizeAmountTests {

    @ParameterizedTest
    @CsvSource({
            // Bằng khen of the provincial chairman: individual 1.0, collective 2.0
            "1.0, 1490000, 1490000",
            "2.0, 1490000, 2980000",
            "1.0, 2340000, 2340000",
            "2.0, 2340000, 4680000",
            // Giấy khen 0.3 and 0.6: not a multiple of ten thousand, rounded up
            "0.3, 1490000, 450000",
            "0.6, 1490000, 900000",
            "0.3, 2340000, 710000",
            "0.15, 1490000, 230000",
            "0.3, 1800000, 540000",
            "0, 2340000, 0",
    })
    void isTheCoefficientTimesTheBaseSalaryRoundedUpToTheTenThousand(String coefficient, long baseSalary, long amount) {
        PrizeAmount prize = PrizeAmount.of(new BigDecimal(coefficient), baseSalary);
        assertThat(prize.amount()).isEqualTo(amount);
        assertThat(prize.baseSalary()).isEqualTo(baseSalary);
    }

    @ParameterizedTest
    @CsvSource({"1, 10000", "9999, 10000", "10000, 10000", "10001, 20000", "702000, 710000", "700000.5, 710000"})
    void roundsUpToTheNextTenThousand(String raw, long rounded) {
        assertThat(PrizeAmount.roundUp(new BigDecimal(raw))).isEqualTo(rounded);
    }
}
