package vn.gov.sonla.awards.account;

/**
 * Who takes a step or asks for data, as the domain knows a person: the account, its name for the history, its
 * role and its unit. The web edge makes one from the signed-in {@link CurrentUser}; nothing below it knows of
 * sessions, passwords or Spring Security.
 */
public record Actor(long id, String username, String fullName, Role role, long unitId, String unitName) {

    public boolean is(Role r) {
        return role == r;
    }
}
