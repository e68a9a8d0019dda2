package vn.gov.sonla.awards.account;

import java.util.Optional;

import vn.gov.sonla.awards.common.ForbiddenException;

/**
 * The four-eyes rule: the account that prepared a document never signs it, even when it is also a leader. Answers
 * "allowed, or why not" so a page can say why the signing button is missing; the signing services call
 * {@link #check} so the rule holds whatever the page shows.
 */
public final class FourEyesPolicy {

    private FourEyesPolicy() {
    }

    /** Why the signer may not sign what the preparer prepared (a message key), or empty when they may. */
    public static Optional<String> refusal(Long preparerAccountId, long signerAccountId) {
        return preparerAccountId != null && preparerAccountId == signerAccountId
                ? Optional.of("error.signing.fourEyes") : Optional.empty();
    }

    public static void check(Long preparerAccountId, long signerAccountId) {
        refusal(preparerAccountId, signerAccountId).ifPresent(key -> {
            throw new ForbiddenException(key);
        });
    }
}
