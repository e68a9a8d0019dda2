package vn.gov.sonla.awards.report;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page and its PDF list the units paid the most, and the others in one line, so that the lines still add up to the
 * total; the XLSX keeps them all.
 */
class PrizeMoneyTotalsTests {

    @Test
    void beyondTheUnitsListedTheOthersAreOneLineThatKeepsTheSum() {
        List<PrizeMoneyReport.Line> units = LongStream.rangeClosed(1, Report.UNIT_ROWS + 3)
                .mapToObj(i -> new PrizeMoneyReport.Line("Đơn vị " + i, i, 1_000_000 * (Report.UNIT_ROWS + 4 - i)))
                .toList();
        long total = units.stream().mapToLong(PrizeMoneyReport.Line::amount).sum();
        long awards = units.stream().mapToLong(PrizeMoneyReport.Line::awards).sum();
        PrizeMoneyReport.Totals totals = new PrizeMoneyReport.Totals(total, awards, List.of(), List.of(), units, 0);

        assertThat(totals.unitsShown()).hasSize(Report.UNIT_ROWS).containsExactlyElementsOf(units.subList(0, Report.UNIT_ROWS));
        PrizeMoneyReport.OtherUnits others = totals.otherUnits();
        assertThat(others.units()).isEqualTo(3);
        assertThat(others.amount()).isEqualTo(3_000_000 + 2_000_000 + 1_000_000);
        assertThat(totals.unitsShown().stream().mapToLong(PrizeMoneyReport.Line::amount).sum() + others.amount()).isEqualTo(total);
        assertThat(totals.unitsShown().stream().mapToLong(PrizeMoneyReport.Line::awards).sum() + others.awards()).isEqualTo(awards);
        assertThat(totals.byUnit()).as("the XLSX lists every unit").hasSize(Report.UNIT_ROWS + 3);
    }

    @Test
    void whenEveryUnitIsListedThereIsNoOtherLine() {
        List<PrizeMoneyReport.Line> units = LongStream.rangeClosed(1, Report.UNIT_ROWS)
                .mapToObj(i -> new PrizeMoneyReport.Line("Đơn vị " + i, 1, 1_000_000)).toList();
        PrizeMoneyReport.Totals totals = new PrizeMoneyReport.Totals(Report.UNIT_ROWS * 1_000_000L, Report.UNIT_ROWS,
                List.of(), List.of(), units, 0);

        assertThat(totals.unitsShown()).isEqualTo(units);
        assertThat(totals.otherUnits()).isNull();
    }
}
