package vn.gov.sonla.awards.prize;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The prize money of one award: the coefficient times the base salary, rounded up to the ten thousand đồng
 * ("làm tròn số lên hàng chục nghìn đồng", the decree on emulation and commendation; the README cites it).
 */
public record PrizeAmount(BigDecimal coefficient, long baseSalary, long amount) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The amount of a coefficient at a base salary, rounded as the decree says. */
    public static PrizeAmount of(BigDecimal coefficient, long baseSalary) {
        return new PrizeAmount(coefficient, baseSalary, roundUp(coefficient.multiply(BigDecimal.valueOf(baseSalary))));
    }

    /** Up to the next multiple of 10,000 đồng; an exact multiple stays as it is. */
    static long roundUp(BigDecimal raw) {
        return raw.divide(TEN_THOUSAND, 0, RoundingMode.CEILING).multiply(TEN_THOUSAND).longValueExact();
    }
}
