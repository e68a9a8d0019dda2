package vn.gov.sonla.awards.review.internal;

import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.ActionErrors;
import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.common.ReasonForm;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.FilingSection;

/**
 * The compiling department's steps on one dossier, from the dossier's page: take it, take it over from a colleague,
 * accept it (proposing another award form, with the reason), return it for supplementation or reject it. Refused
 * input goes back beside the box it concerns, with what was typed.
 */
@Controller
class DossierReviewController {

    private final DepartmentSteps departmentSteps;
    private final ActionErrors actionErrors;
    private final MessageSource messages;

    DossierReviewController(DepartmentSteps departmentSteps, ActionErrors actionErrors, MessageSource messages) {
        this.departmentSteps = departmentSteps;
        this.actionErrors = actionErrors;
        this.messages = messages;
    }

    /** Takes the dossier to review it ("đang xử lý bởi …"). */
    @PostMapping("/review/dossiers/{id}/claim")
    String claim(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        departmentSteps.claim(id, user);
        redirect.addFlashAttribute("notice", "notice.dossier.claimed");
        return "redirect:/dossiers/" + id;
    }

    /** Takes over a dossier someone else holds; the history records it. */
    @PostMapping("/review/dossiers/{id}/take-over")
    String takeOver(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        departmentSteps.takeOver(id, user);
        redirect.addFlashAttribute("notice", "notice.dossier.takenOver");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/review/dossiers/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long proposedAwardFormId,
                  @RequestParam(required = false) String proposalReason, @CurrentActor Actor user,
                  RedirectAttributes redirect) {
        if (!PlainText.isAllowed(proposalReason, true)) {
            return actionErrors.refusedText(id, "accept", proposalReason, redirect);
        }
        if (proposedAwardFormId != null && (proposalReason == null || proposalReason.isBlank())) {
            redirect.addFlashAttribute("actionError", messages.getMessage("validation.proposalReason.required", null,
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("failedAction", "accept");
            return "redirect:/dossiers/" + id + "#action-accept";
        }
        departmentSteps.accept(id, version, proposedAwardFormId, proposalReason, user);
        redirect.addFlashAttribute("notice", "notice.dossier.accepted");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/review/dossiers/{id}/return")
    String returnForSupplementation(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                                    @RequestParam(name = "sections", required = false) Set<FilingSection> sections,
                                    @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "return", form.reason(), errors, redirect);
        }
        departmentSteps.returnForSupplementation(id, form.version(), sections == null ? Set.of() : sections, form.reason(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.returned");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/review/dossiers/{id}/reject")
    String reject(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                  @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "reject", form.reason(), errors, redirect);
        }
        departmentSteps.reject(id, form.version(), form.reason(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.rejected");
        return "redirect:/dossiers/" + id;
    }
}
