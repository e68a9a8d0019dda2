package vn.gov.sonla.awards.decision;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.ActionErrors;
import vn.gov.sonla.awards.common.ReasonForm;

/**
 * The central level's outcome of a state-level award the chairman proposed, recorded later by the chairman's
 * office on the dossier's page: awarded (the central decision's number and date) or declined (with the reason).
 */
@Controller
class CentralOutcomeController {

    private final Approvals approvals;
    private final ActionErrors actionErrors;

    CentralOutcomeController(Approvals approvals, ActionErrors actionErrors) {
        this.approvals = approvals;
        this.actionErrors = actionErrors;
    }

    @PostMapping("/decisions/dossiers/{id}/central-award")
    String awarded(@PathVariable long id, @Valid CentralAwardForm form, BindingResult errors,
                   @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            if (form.centralDecisionDate() != null) {
                redirect.addFlashAttribute("typedCentralDate", form.centralDecisionDate());
            }
            return actionErrors.back(id, "central-award", form.centralDecisionNumber(), errors, redirect);
        }
        approvals.recordCentralAward(id, form.version(), form.centralDecisionNumber(), form.centralDecisionDate(), user);
        redirect.addFlashAttribute("notice", "notice.central.awarded");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/decisions/dossiers/{id}/central-decline")
    String declined(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                    @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "central-decline", form.reason(), errors, redirect);
        }
        approvals.recordCentralDecline(id, form.version(), form.reason(), user);
        redirect.addFlashAttribute("notice", "notice.central.declined");
        return "redirect:/dossiers/" + id;
    }
}
