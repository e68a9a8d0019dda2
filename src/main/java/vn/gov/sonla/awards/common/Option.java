package vn.gov.sonla.awards.common;

/** A choice in a select or radio group: its value and either a message key or a proper name to show. */
public record Option(String value, String key, String text) {

    public static Option keyed(Object value, String key) {
        return new Option(String.valueOf(value), key, null);
    }

    public static Option named(Object value, String text) {
        return new Option(String.valueOf(value), null, text);
    }
}
