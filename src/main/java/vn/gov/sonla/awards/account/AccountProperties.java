package vn.gov.sonla.awards.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and sessions ({@code awards.login.*}, {@code awards.session.*}, {@code awards.admin.*}).
 *
 * @param login    brute-force protection
 * @param session  how long a session may last
 * @param admin    the first administrator, created on first start when there is none
 */
@ConfigurationProperties("awards")
record AccountProperties(@DefaultValue Login login, @DefaultValue Session session, @DefaultValue Admin admin) {

    /**
     * @param freeFailures        failures for a username before each further attempt must wait (1 s, 2 s, 4 s… up to maxDelay)
     * @param lockAfter           failures for a username that lock it for lockDuration
     * @param lockDuration        how long a lock lasts; failures older than this are forgotten
     * @param maxDelay            the longest wait between two attempts
     * @param addressFreeFailures failures from one address (any usernames) before its attempts must wait; high,
     *                            because a whole office may sign in through one address
     * @param addressLockAfter    failures from one address that block it for lockDuration
     */
    record Login(@DefaultValue("3") int freeFailures, @DefaultValue("10") int lockAfter,
                 @DefaultValue("15m") Duration lockDuration, @DefaultValue("60s") Duration maxDelay,
                 @DefaultValue("20") int addressFreeFailures, @DefaultValue("100") int addressLockAfter) {
    }

    /**
     * @param absoluteTimeout     a session ends this long after sign-in however active it is
     * @param lastAccessWriteEvery a request writes its session back only when something of it changed or its stored
     *                            last access is at least this old, so that reading a page writes nothing; the idle
     *                            timeout then counts from up to this much before the last click
     */
    record Session(@DefaultValue("10h") Duration absoluteTimeout, @DefaultValue("1m") Duration lastAccessWriteEvery) {
    }

    /**
     * @param username {@code AWARDS_ADMIN_USERNAME}: the first administrator's username
     * @param password {@code AWARDS_ADMIN_PASSWORD}: their first password, to be changed at first sign-in
     * @param fullName the name shown for them
     * @param unit     the code of their unit
     */
    record Admin(String username, String password, @DefaultValue("Quản trị hệ thống") String fullName,
                 @DefaultValue("VPUBND") String unit) {
    }
}
