package vn.gov.sonla.awards.appraisal.internal;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.ActionErrors;
import vn.gov.sonla.awards.common.PageReads;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.SelectionRefused;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.PageLinks;
import vn.gov.sonla.awards.common.ReasonForm;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionRow;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.appraisal.Appraisals;

/** Home Affairs: the incoming submissions, the appraisal of each dossier, forwarding to the chairman. */
@Controller
class AppraisalController {

    private final Submissions submissions;
    private final Dossiers dossiers;
    private final Appraisals appraisals;
    private final ActionErrors actionErrors;
    private final PageReads pageReads;

    AppraisalController(Submissions submissions, Dossiers dossiers, Appraisals appraisals, ActionErrors actionErrors,
                        PageReads pageReads) {
        this.pageReads = pageReads;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.appraisals = appraisals;
        this.actionErrors = actionErrors;
    }

    private static final int PAGE_SIZE = 20;

    @GetMapping("/appraisal")
    String list(@RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                @CurrentActor Actor user, HttpServletRequest request, Model model) {
        pageReads.run(() -> {
            KeysetPage<SubmissionRow> incoming = submissions.atStages(user, EnumSet.of(SubmissionStatus.AT_HOME_AFFAIRS),
                    Keyset.of(after, before, PAGE_SIZE));
            model.addAttribute("incoming", incoming.items());
            model.addAttribute("incomingPage", incoming);
            model.addAttribute("pageLinks", PageLinks.of(request, incoming));
            model.addAttribute("done", submissions.atStages(user, EnumSet.of(SubmissionStatus.AT_CHAIRMAN, SubmissionStatus.CLOSED)));
        });
        return "appraisal/list";
    }

    @GetMapping("/appraisal/submissions/{id}")
    String submission(@PathVariable long id, @CurrentActor Actor user, Model model) {
        List<DossierView> inSubmission = dossiers.inSubmission(user, id);
        model.addAttribute("submission", submissions.get(id, user));
        model.addAttribute("dossiers", inSubmission);
        model.addAttribute("opinions", appraisals.opinionsOf(inSubmission.stream().map(DossierView::id).toList()));
        model.addAttribute("pending", inSubmission.stream().filter(d -> d.status() == DossierStatus.AT_HOME_AFFAIRS).count());
        return "appraisal/submission";
    }

    @PostMapping("/appraisal/dossiers/{id}")
    String appraise(@PathVariable long id, @Valid AppraisalForm form, BindingResult errors,
                    @CurrentActor Actor user, RedirectAttributes redirect) {
        if (!errors.hasErrors() && Boolean.FALSE.equals(form.endorsed()) && (form.remark() == null || form.remark().isBlank())) {
            errors.rejectValue("remark", "validation.remark.required");
        }
        if (errors.hasErrors()) {
            return actionErrors.back(id, "appraise", form.remark(), errors, redirect);
        }
        appraisals.appraise(id, form.version(), form.endorsed(), form.remark(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.appraised");
        return "redirect:/dossiers/" + id;
    }

    /** Endorses the ticked dossiers with one remark, all or none; those that could not be are named on the page. */
    @PostMapping("/appraisal/submissions/{id}/endorse-selected")
    String endorseSelected(@PathVariable long id, @Valid EndorseSelectedForm form, BindingResult errors,
                           @CurrentActor Actor user, RedirectAttributes redirect) {
        String back = "redirect:/appraisal/submissions/" + id + "#endorse-selected";
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("endorseError", actionErrors.message(errors));
            redirect.addFlashAttribute("typedRemark", form.remark());
            return back;
        }
        try {
            int endorsed = appraisals.endorseAll(id, form.dossierIds(), form.versions(), form.remark(), user);
            redirect.addFlashAttribute("notice", "notice.dossier.endorsedMany");
            redirect.addFlashAttribute("noticeArg", endorsed);
            return "redirect:/appraisal/submissions/" + id;
        } catch (SelectionRefused refused) {
            actionErrors.refusedSelection(refused, redirect);
        } catch (AlreadyDoneException done) {
            redirect.addFlashAttribute("failure", done.messageKey());
            redirect.addFlashAttribute("failureArg", done.argument());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        redirect.addFlashAttribute("typedRemark", form.remark());
        return back;
    }

    @PostMapping("/appraisal/dossiers/{id}/return-to-department")
    String returnToDepartment(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                              @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "return-to-department", form.reason(), errors, redirect);
        }
        long submissionId = dossiers.view(id, user).submissionId();
        appraisals.returnToDepartment(id, form.version(), form.reason(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.returnedToDepartment");
        // the dossier has left Home Affairs' scope: back to the submission it left
        return "redirect:/appraisal/submissions/" + submissionId;
    }

    @PostMapping("/appraisal/submissions/{id}/present")
    String present(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        try {
            appraisals.presentReport(id, user);
        } catch (AlreadyDoneException done) {
            redirect.addFlashAttribute("notice", done.messageKey());
            redirect.addFlashAttribute("noticeArg", done.argument());
            return "redirect:/appraisal/submissions/" + id;
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
            redirect.addFlashAttribute("failureArg", refused.arguments().length > 0 ? refused.arguments()[0] : null);
            return "redirect:/appraisal/submissions/" + id;
        }
        redirect.addFlashAttribute("notice", "notice.report.presented");
        return "redirect:/appraisal/submissions/" + id;
    }

    @PostMapping("/appraisal/submissions/{id}/recall")
    String recall(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        submissions.recallReport(id, user);
        redirect.addFlashAttribute("notice", "notice.submission.recalled");
        return "redirect:/appraisal/submissions/" + id;
    }
}
