package vn.gov.sonla.awards.dossier.internal;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.dossier.DossierAction;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Who may take which step on a dossier: the step's role, and for clerks and departments the right unit
 * (the filing unit; the campaign's compiling department); then the dossier must be at a stage the step
 * starts from. Answers with a verdict so the UI can show the reason instead of a button that fails.
 */
public final class DossierPolicy {

    /** The answer of the policy. */
    public enum Verdict { ALLOWED, NOT_YOURS, WRONG_STAGE }

    private DossierPolicy() {
    }

    public static Verdict check(Dossier dossier, Actor user, DossierAction action) {
        if (!user.is(action.role()) || !ownsStep(dossier, user)) {
            return Verdict.NOT_YOURS;
        }
        return action.allowedFrom(dossier.getStatus()) ? Verdict.ALLOWED : Verdict.WRONG_STAGE;
    }

    /** Refuses the step with 403 (not this person's step) or 409 (not at this stage). */
    public static void require(Dossier dossier, Actor user, DossierAction action) {
        switch (check(dossier, user, action)) {
            case ALLOWED -> { }
            case WRONG_STAGE -> throw new ConflictException("error.transition",
                    label(action.labelKey()), label(dossier.getStatus().labelKey()));
            case NOT_YOURS -> throw new ForbiddenException("error.forbidden.action", label(action.labelKey()));
        }
    }

    public static boolean allows(Dossier dossier, Actor user, DossierAction action) {
        return check(dossier, user, action) == Verdict.ALLOWED;
    }

    private static boolean ownsStep(Dossier dossier, Actor user) {
        return switch (user.role()) {
            case CLERK -> dossier.getUnit().getId() == user.unitId();
            case DEPARTMENT -> dossier.getCampaign().getCompilingUnit().getId() == user.unitId();
            case APPRAISER, CHAIRMAN_OFFICE -> true;
            case ADMIN -> false;
        };
    }
}
