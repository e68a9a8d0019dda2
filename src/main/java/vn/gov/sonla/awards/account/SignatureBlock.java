package vn.gov.sonla.awards.account;

import java.util.List;
import java.util.Locale;

/**
 * The signature block of a document as Decree 30/2020/NĐ-CP sets it: the head signs under the office's title
 * ("GIÁM ĐỐC"); a deputy signs for the head ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"); the signer's name follows the
 * signature. Made from the signing account, never typed.
 */
public record SignatureBlock(List<String> authority, String name) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String DEPUTY_PREFIX = "phó ";

    public SignatureBlock {
        authority = List.copyOf(authority);
    }

    /**
     * The block of a leader: a head's own title; a deputy's "KT." with the head's title, which is the deputy's title
     * without its "Phó" ("Phó Chủ tịch" signs "KT. CHỦ TỊCH").
     */
    public static SignatureBlock of(LeaderPosition position, String title, String name) {
        String upper = title.strip().toUpperCase(VIETNAMESE);
        return switch (position) {
            case HEAD -> new SignatureBlock(List.of(upper), name);
            case DEPUTY -> new SignatureBlock(List.of("KT. " + headTitle(title).toUpperCase(VIETNAMESE), upper), name);
        };
    }

    /** The head's title a deputy's title implies. */
    static String headTitle(String deputyTitle) {
        String t = deputyTitle.strip();
        return t.toLowerCase(VIETNAMESE).startsWith(DEPUTY_PREFIX) ? t.substring(DEPUTY_PREFIX.length()).strip() : t;
    }

    /** The lines above the name, one string ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") for a history line or a list. */
    public String authorityLine() {
        return String.join(" / ", authority);
    }
}
