package vn.gov.sonla.awards.common;

/**
 * A setting the application cannot start with (an environment variable or property that is missing, malformed or
 * contradicts another). The start stops with the problem and what to do about it, shown by
 * {@link SettingRefusedAnalyzer} in place of the chain of beans that could not be created.
 */
public class SettingRefused extends IllegalStateException {

    private final String action;

    /**
     * @param problem what is wrong, naming the variable (and its property) as the operator sets it
     * @param action  what the operator should do
     */
    public SettingRefused(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public SettingRefused(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
