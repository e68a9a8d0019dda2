package vn.gov.sonla.awards.admin;

/** What an administrator changed, as recorded in the administration log. */
public enum AuditAction {
    USER_CREATED, USER_UPDATED, USER_DEACTIVATED, USER_REACTIVATED, PASSWORD_RESET, USER_UNLOCKED,
    UNIT_CREATED, UNIT_UPDATED, UNIT_DEACTIVATED, UNIT_REACTIVATED,
    CAMPAIGN_CREATED, CAMPAIGN_CLOSED, CAMPAIGN_REOPENED,
    AWARD_FORM_UPDATED, CRITERION_ADDED, CRITERION_UPDATED, CRITERION_RETIRED, CRITERION_REINSTATED,
    QUOTA_SET, QUOTA_REMOVED,
    CALENDAR_DAY_SET, CALENDAR_DAY_REMOVED;

    public String labelKey() {
        return "admin.audit.action." + name();
    }
}
