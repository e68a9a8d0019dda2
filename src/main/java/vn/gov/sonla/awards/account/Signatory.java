package vn.gov.sonla.awards.account;

/**
 * A leader about to sign, as the account says at the moment of signing: the account, its office and the block
 * printed under the signature.
 */
public record Signatory(long accountId, String username, String fullName, long unitId, LeaderPosition position,
                        String title, SignatureBlock block) {
}
