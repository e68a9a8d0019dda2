package vn.gov.sonla.awards.prize;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Amounts of đồng in figures as Vietnamese documents write them: 2.340.000. */
public final class Money {

    private Money() {
    }

    public static String figures(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}
