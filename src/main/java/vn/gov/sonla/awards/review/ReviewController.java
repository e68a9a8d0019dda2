package vn.gov.sonla.awards.review;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ActionErrors;
import vn.gov.sonla.awards.common.ReasonForm;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;

/** The compiling department's queue: review submitted dossiers, compile accepted ones and send them. */
@Controller
class ReviewController {

    private final Dossiers dossiers;
    private final Submissions submissions;
    private final ActionErrors actionErrors;

    ReviewController(Dossiers dossiers, Submissions submissions, ActionErrors actionErrors) {
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.actionErrors = actionErrors;
    }

    @GetMapping("/review")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        var submitted = dossiers.queue(user, EnumSet.of(DossierStatus.SUBMITTED));
        var accepted = dossiers.queue(user, EnumSet.of(DossierStatus.ACCEPTED));
        model.addAttribute("submitted", submitted.getContent());
        model.addAttribute("submittedTotal", submitted.getTotalElements());
        model.addAttribute("accepted", accepted.getContent());
        model.addAttribute("acceptedTotal", accepted.getTotalElements());
        model.addAttribute("submissions", submissions.ofDepartment(user));
        return "review/queue";
    }

    @GetMapping("/review/submissions/{id}")
    String submission(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("submission", submissions.get(id, user));
        model.addAttribute("dossiers", dossiers.inSubmission(user, id));
        return "review/submission";
    }

    @PostMapping("/review/dossiers/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        dossiers.accept(id, version, user);
        redirect.addFlashAttribute("notice", "notice.dossier.accepted");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/review/dossiers/{id}/return")
    String returnForSupplementation(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "return", form.reason(), errors, redirect);
        }
        dossiers.returnForSupplementation(id, form.version(), form.reason(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.returned");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/review/dossiers/{id}/reject")
    String reject(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "reject", form.reason(), errors, redirect);
        }
        dossiers.reject(id, form.version(), form.reason(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.rejected");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/review/submissions")
    String compile(@RequestParam(name = "dossierIds", required = false) List<Long> dossierIds,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (dossierIds == null || dossierIds.isEmpty()) {
            redirect.addFlashAttribute("failure", "error.submission.empty");
            return "redirect:/review";
        }
        Submission submission = submissions.compileAndSend(dossierIds, user);
        redirect.addFlashAttribute("notice", "notice.submission.sent");
        redirect.addFlashAttribute("noticeArg", submission.getNumber());
        return "redirect:/review";
    }
}
