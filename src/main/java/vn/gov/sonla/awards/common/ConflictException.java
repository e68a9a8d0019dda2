package vn.gov.sonla.awards.common;

/**
 * The step cannot happen in the current state: the dossier is at another stage, or someone else changed
 * it first. Rendered as 409 with a message that names the current state.
 */
public class ConflictException extends RuntimeException implements UserFacing {

    private final String messageKey;
    private final Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] arguments() {
        return arguments;
    }
}
