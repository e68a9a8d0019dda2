package vn.gov.sonla.awards.decision.internal;

import java.time.LocalDate;
import java.util.EnumSet;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ActionErrors;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ReasonForm;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;

/**
 * The central level's outcome of a state-level award the chairman proposed, recorded later by the chairman's
 * office on the dossier's page: awarded (the central decision's number and date) or declined (with the reason),
 * after a page that says what recording it will do and that it cannot be undone. The
 * central decision's date is within the campaign's days ({@code numbering.DocumentDates}).
 */
@Controller
class CentralOutcomeController {

    private final Approvals approvals;
    private final ActionErrors actionErrors;
    private final Dossiers dossiers;

    CentralOutcomeController(Approvals approvals, ActionErrors actionErrors, Dossiers dossiers) {
        this.approvals = approvals;
        this.dossiers = dossiers;
        this.actionErrors = actionErrors;
    }

    /** A confirmation asked for by address (its language switched, say): the dossier's page, where it is asked. */
    @GetMapping({"/decisions/dossiers/{id}/central-award/confirm", "/decisions/dossiers/{id}/central-decline/confirm"})
    String confirmAgain(@PathVariable long id) {
        return "redirect:/dossiers/" + id + "#central-outcome";
    }

    /**
     * What recording the outcome will do, before it is done: the dossier, the central decision or the reason typed,
     * and that it closes the dossier for good. What is refused goes back to the dossier's page, as the step would.
     */
    @PostMapping("/decisions/dossiers/{id}/central-award/confirm")
    String confirmAward(@PathVariable long id, @Valid CentralAwardForm form, BindingResult errors,
                        @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        String back = refusedAward(id, form, errors, user, redirect);
        if (back != null) {
            return back;
        }
        return confirmation(id, user, model, "award", form.version(), form.centralDecisionNumber(),
                form.centralDecisionDate(), null);
    }

    @PostMapping("/decisions/dossiers/{id}/central-decline/confirm")
    String confirmDecline(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                          @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "central-decline", form.reason(), errors, redirect);
        }
        return confirmation(id, user, model, "decline", form.version(), null, null, form.reason().strip());
    }

    private String confirmation(long id, Actor user, Model model, String outcome, Long version, String number,
                                LocalDate date, String reason) {
        model.addAttribute("dossier", approvals.beforeCentralOutcome(id, user));
        model.addAttribute("outcome", outcome);
        model.addAttribute("version", version);
        model.addAttribute("number", number);
        model.addAttribute("date", date);
        model.addAttribute("reason", reason);
        return "decisions/central-confirm";
    }

    /** The way back to the dossier's page when the outcome typed cannot be recorded; null when it can. */
    private String refusedAward(long id, CentralAwardForm form, BindingResult errors, Actor user,
                                RedirectAttributes redirect) {
        if (user.is(Role.CHAIRMAN_OFFICE) && !errors.hasFieldErrors("centralDecisionDate")) {
            approvals.centralDecisionDates(id, user).reject(errors, "centralDecisionDate", form.centralDecisionDate());
        }
        if (!errors.hasErrors()) {
            return null;
        }
        if (form.centralDecisionDate() != null) {
            redirect.addFlashAttribute("typedCentralDate", form.centralDecisionDate());
        }
        return actionErrors.back(id, "central-award", form.centralDecisionNumber(), errors, redirect);
    }

    @PostMapping("/decisions/dossiers/{id}/central-award")
    String awarded(@PathVariable long id, @Valid CentralAwardForm form, BindingResult errors,
                   @CurrentActor Actor user, RedirectAttributes redirect) {
        String back = refusedAward(id, form, errors, user, redirect);
        if (back != null) {
            return back;
        }
        try {
            approvals.recordCentralAward(id, form.version(), form.centralDecisionNumber(), form.centralDecisionDate(), user);
            redirect.addFlashAttribute("notice", "notice.central.awarded");
            redirect.addFlashAttribute("noticeArg", form.centralDecisionNumber().strip());
        } catch (ConflictException | ObjectOptimisticLockingFailureException refused) {
            if (!DecisionController.isAlready(dossiers, id, user, EnumSet.of(DossierStatus.CENTRAL_AWARDED))) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", "notice.central.alreadyRecorded");
        }
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/decisions/dossiers/{id}/central-decline")
    String declined(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                    @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "central-decline", form.reason(), errors, redirect);
        }
        try {
            approvals.recordCentralDecline(id, form.version(), form.reason(), user);
            redirect.addFlashAttribute("notice", "notice.central.declined");
        } catch (ConflictException | ObjectOptimisticLockingFailureException refused) {
            if (!DecisionController.isAlready(dossiers, id, user, EnumSet.of(DossierStatus.CENTRAL_DECLINED))) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", "notice.central.alreadyRecorded");
        }
        return "redirect:/dossiers/" + id;
    }
}
