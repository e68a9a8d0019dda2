package vn.gov.sonla.awards.prize;

/**
 * An amount of money read out in Vietnamese words, as the line "Bằng chữ: …" of a document writes it:
 * 2,340,000 is "Hai triệu ba trăm bốn mươi nghìn đồng". Follows the usual reading: "mười" for ten, "mốt" for a
 * final one after twenty and above, "lăm" for a final five after ten, "linh" for a zero tens digit, "không trăm" for
 * a zero hundreds digit inside a larger number, and "tỷ" repeated for amounts of a billion billion.
 */
public final class VietnameseNumberWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", "nghìn", "triệu"};

    private VietnameseNumberWords() {
    }

    /** "Hai triệu ba trăm bốn mươi nghìn đồng": the amount in words, capitalised, with the currency. */
    public static String dong(long amount) {
        String words = of(amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** The number in lower-case words: 0 is "không", 105 "một trăm linh năm", 21 "hai mươi mốt". */
    public static String of(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("a negative amount has no reading: " + number);
        }
        if (number == 0) {
            return DIGITS[0];
        }
        return billions(number).strip();
    }

    /** Groups of three digits up to a billion, then the billions read the same way followed by "tỷ". */
    private static String billions(long number) {
        long billions = number / 1_000_000_000L;
        long rest = number % 1_000_000_000L;
        StringBuilder out = new StringBuilder();
        if (billions > 0) {
            out.append(billions(billions)).append(" tỷ");
        }
        boolean higher = billions > 0;
        for (int g = 2; g >= 0; g--) {
            long divisor = (long) Math.pow(1000, g);
            int group = (int) (rest / divisor % 1000);
            if (group == 0) {
                continue;
            }
            out.append(' ').append(triple(group, higher));
            if (!GROUPS[g].isEmpty()) {
                out.append(' ').append(GROUPS[g]);
            }
            higher = true;
        }
        return out.toString().strip();
    }

    /** Up to three digits; {@code full} when a higher group precedes, so that 5 reads "không trăm linh năm". */
    private static String triple(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (out.length() > 0) {
                    out.append(" linh");
                }
                out.append(' ').append(DIGITS[units]);
            }
        } else {
            out.append(' ').append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
            if (units == 1) {
                out.append(tens == 1 ? " một" : " mốt");
            } else if (units == 5) {
                out.append(" lăm");
            } else if (units > 0) {
                out.append(' ').append(DIGITS[units]);
            }
        }
        return out.toString().strip();
    }
}
