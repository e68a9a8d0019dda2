package vn.gov.sonla.awards.common;

/** The asker may see this but may not do that to it. Rendered as 403 with a reason. */
public class ForbiddenException extends RuntimeException implements UserFacing {

    private final String messageKey;
    private final Object[] arguments;

    public ForbiddenException(String messageKey, Object... arguments) {
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
