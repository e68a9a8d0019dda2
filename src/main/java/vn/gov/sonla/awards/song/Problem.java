package vn.gov.sonla.awards.song;

/** Why a value of an entry is refused: the field it belongs to and the message key (with its arguments). */
public record Problem(String field, String messageKey, Object... arguments) {
}
