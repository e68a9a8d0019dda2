package vn.gov.sonla.awards.common;

/**
 * The step asked for has already been taken (a double-click, a request repeated or sent twice at once): nothing
 * more happened, and the message says what was done. A page may show it as the result; elsewhere it is a 409.
 */
public class AlreadyDoneException extends ConflictException {

    public AlreadyDoneException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The first argument, for a flash message with one argument. */
    public Object argument() {
        return arguments().length > 0 ? arguments()[0] : null;
    }
}
