package vn.gov.sonla.awards.dossier.internal;

import vn.gov.sonla.awards.common.UserFacing;

/** An upload refused by inspection, with the reason to show next to the file field. */
public class RejectedFileException extends RuntimeException implements UserFacing {

    private final String messageKey;
    private final Object[] arguments;

    RejectedFileException(String messageKey, Object... arguments) {
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
