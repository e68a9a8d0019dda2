package vn.gov.sonla.awards.common;

/**
 * What counts as text a person may type into the system: printable characters. Control characters (NUL, the other
 * C0 and C1 controls, DEL), bidirectional controls (which make {@code "evil\u202Egpj.pdf"} read as a .jpg), line and
 * paragraph separators and lone halves of surrogate pairs are not text; tab, carriage return and line feed are, in
 * multi-line fields only ({@link MultiLine}). PostgreSQL refuses NUL in text outright, so a NUL must never reach a
 * query: forms refuse such text with a message on the field, searches and file names lose those characters.
 */
public final class PlainText {

    /** The message key of a field holding characters that are not text. */
    public static final String REFUSED = "validation.text.control";

    private PlainText() {
    }

    /** Whether the text (null counts as empty) holds only characters a person may type into such a field. */
    public static boolean isAllowed(String text, boolean multiLine) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (refused(c, multiLine)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The text without the characters a single-line field refuses (null stays null). */
    public static String withoutControls(String text) {
        if (text == null || isAllowed(text, false)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !refused(c, false)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean refused(int c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !multiLine;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> isBidiControl(c);
        };
    }

    /** Arabic letter mark, left-to-right and right-to-left marks, embeddings, overrides and isolates. */
    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
