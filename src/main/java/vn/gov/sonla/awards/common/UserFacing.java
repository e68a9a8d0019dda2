package vn.gov.sonla.awards.common;

import org.springframework.context.MessageSourceResolvable;

/** An error whose explanation for the user is a message-bundle key with arguments. */
public interface UserFacing extends MessageSourceResolvable {

    String messageKey();

    Object[] arguments();

    @Override
    default String[] getCodes() {
        return new String[] {messageKey()};
    }

    @Override
    default Object[] getArguments() {
        return arguments();
    }

    /** A message-bundle key used as an argument of another message (a status or action label). */
    static MessageSourceResolvable label(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
