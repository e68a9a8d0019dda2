package vn.gov.sonla.awards.decision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Signatory;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.common.ActionErrors;
import vn.gov.sonla.awards.common.PageReads;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.PageLinks;
import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.common.ReasonForm;
import vn.gov.sonla.awards.common.SelectionRefused;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierRow;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionRow;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;

/**
 * The chairman's office: forwarded submissions, approve or decline each dossier, present the answer to the chairman
 * or a vice-chairman to sign.
 */
@Controller
class DecisionController {

    private final Submissions submissions;
    private final Dossiers dossiers;
    private final Decisions decisions;
    private final ActionErrors actionErrors;
    private final Clock clock;
    private final Approvals approvals;
    private final Appraisals appraisals;
    private final ChairmanSignOff signOff;
    private final PageReads pageReads;

    DecisionController(Submissions submissions, Dossiers dossiers, Decisions decisions, ActionErrors actionErrors, Clock clock,
                       Approvals approvals, Appraisals appraisals, ChairmanSignOff signOff, PageReads pageReads) {
        this.pageReads = pageReads;
        this.signOff = signOff;
        this.approvals = approvals;
        this.appraisals = appraisals;
        this.clock = clock;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.actionErrors = actionErrors;
    }

    /** The newest proposals to the central level shown here; the whole list is the dossiers list on that stage. */
    private static final int PROPOSED_SHOWN = 20;

    @GetMapping("/decisions")
    String list(@RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                @CurrentActor Actor user, HttpServletRequest request, Model model) {
        pageReads.run(() -> {
            KeysetPage<SubmissionRow> incoming = submissions.atStages(user,
                    EnumSet.of(SubmissionStatus.AT_CHAIRMAN, SubmissionStatus.DECISION_AWAITING_SIGNATURE),
                    Keyset.of(after, before, PROPOSED_SHOWN));
            model.addAttribute("incoming", incoming.items());
            model.addAttribute("incomingPage", incoming);
            model.addAttribute("pageLinks", PageLinks.of(request, incoming));
            model.addAttribute("decisions", decisions.recent());
            KeysetPage<DossierRow> proposed = dossiers.newestInStatus(user, EnumSet.of(DossierStatus.PROPOSED_TO_CENTRAL),
                    PROPOSED_SHOWN);
            model.addAttribute("proposed", proposed.items());
            model.addAttribute("proposedPage", proposed);
        });
        return "decisions/list";
    }

    /** Every dossier proposed to the central level and waiting for its outcome, newest first, page by page. */
    @GetMapping("/decisions/proposed")
    String proposed(@RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                    @CurrentActor Actor user, HttpServletRequest request, Model model) {
        KeysetPage<DossierRow> page = dossiers.inStatus(user, EnumSet.of(DossierStatus.PROPOSED_TO_CENTRAL),
                Keyset.of(after, before, PROPOSED_PAGE));
        model.addAttribute("page", page);
        model.addAttribute("pageLinks", PageLinks.of(request, page));
        return "decisions/proposed";
    }

    private static final int PROPOSED_PAGE = 20;

    @GetMapping("/decisions/submissions/{id}")
    String submission(@PathVariable long id, @CurrentActor Actor user, Model model) {
        List<Signatory> leaders = signOff.leaders(user);
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(LocalDate.now(clock),
                    leaders.isEmpty() ? null : leaders.get(0).accountId()));
        }
        model.addAttribute("signers", leaders.stream()
                .map(l -> Option.named(l.accountId(), l.fullName() + " — " + l.title())).toList());
        model.addAttribute("leaderNames", leaders.stream()
                .collect(java.util.stream.Collectors.toMap(Signatory::accountId, l -> l.fullName() + " — " + l.title())));
        List<DossierView> inSubmission = dossiers.inSubmission(user, id);
        model.addAttribute("submission", submissions.get(id, user));
        model.addAttribute("dossiers", inSubmission);
        var opinions = appraisals.opinionsOf(inSubmission.stream().map(DossierView::id).toList());
        model.addAttribute("opinions", opinions);
        model.addAttribute("undecided", inSubmission.stream().filter(d -> d.status() == DossierStatus.AT_CHAIRMAN).count());
        model.addAttribute("endorsedWaiting", inSubmission.stream().filter(d -> d.status() == DossierStatus.AT_CHAIRMAN)
                .filter(d -> opinions.containsKey(d.id()) && opinions.get(d.id()).endorsed()).count());
        model.addAttribute("issued", decisions.ofSubmission(id));
        return "decisions/submission";
    }

    @PostMapping("/decisions/dossiers/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) String note,
                   @CurrentActor Actor user, RedirectAttributes redirect) {
        if (!PlainText.isAllowed(note, false)) {
            return actionErrors.refusedText(id, "approve", note, redirect);
        }
        try {
            approvals.approve(id, version, note, user);
            redirect.addFlashAttribute("notice", "notice.dossier.approved");
        } catch (ConflictException | ObjectOptimisticLockingFailureException refused) {
            if (!isAlready(id, user, APPROVED_ALREADY)) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", "notice.dossier.alreadyApproved");
        }
        return "redirect:/decisions/submissions/" + dossiers.view(id, user).submissionId();
    }

    /**
     * Approves the ticked dossiers of the submission (or every one the page showed waiting that Home Affairs endorsed)
     * with one note, all or none; those that could not be are named on the page, and the note typed is kept.
     */
    @PostMapping("/decisions/submissions/{id}/approve-selected")
    String approveSelected(@PathVariable long id, @Valid ApproveSelectedForm form, BindingResult errors,
                           @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("approveError", actionErrors.message(errors));
            redirect.addFlashAttribute("typedNote", form.note());
            return "redirect:/decisions/submissions/" + id + "#approve-selected";
        }
        try {
            int approved = approvals.approveAll(id, form.dossierIds(), form.allEndorsed(), form.versions(), form.note(), user);
            redirect.addFlashAttribute("notice", "notice.dossier.approvedMany");
            redirect.addFlashAttribute("noticeArg", approved);
            return "redirect:/decisions/submissions/" + id;
        } catch (AlreadyDoneException done) {
            redirect.addFlashAttribute("notice", done.messageKey());
            redirect.addFlashAttribute("noticeArg", done.argument());
            return "redirect:/decisions/submissions/" + id;
        } catch (SelectionRefused refused) {
            actionErrors.refusedSelection(refused, redirect);
        } catch (ConflictException | ObjectOptimisticLockingFailureException refused) {
            int done = approvals.approvedAlready(id, form.dossierIds(), form.allEndorsed(), form.versions().keySet(), user);
            if (done > 0) {
                redirect.addFlashAttribute("notice", "notice.dossier.alreadyApprovedMany");
                redirect.addFlashAttribute("noticeArg", done);
                return "redirect:/decisions/submissions/" + id;
            }
            redirect.addFlashAttribute("failure", refused instanceof ConflictException conflict ? conflict.messageKey()
                    : "error.stale");
        }
        redirect.addFlashAttribute("typedNote", form.note());
        return "redirect:/decisions/submissions/" + id + "#approve-selected";
    }

    /** Where an approved dossier can be: what a second click on "approve" finds. */
    private static final Set<DossierStatus> APPROVED_ALREADY = EnumSet.of(DossierStatus.APPROVED,
            DossierStatus.PROPOSED_TO_CENTRAL, DossierStatus.GRANTED, DossierStatus.CENTRAL_AWARDED,
            DossierStatus.CENTRAL_DECLINED);

    /**
     * After a step was refused because the dossier changed: whether it already is where the step would have brought
     * it — the same request sent twice, or two people taking the same step at once. The page then shows that result.
     */
    static boolean isAlready(Dossiers dossiers, long id, Actor user, Set<DossierStatus> statuses) {
        return statuses.contains(dossiers.view(id, user).status());
    }

    private boolean isAlready(long id, Actor user, Set<DossierStatus> statuses) {
        return isAlready(dossiers, id, user, statuses);
    }

    @PostMapping("/decisions/dossiers/{id}/decline")
    String decline(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                   @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return actionErrors.back(id, "decline", form.reason(), errors, redirect);
        }
        try {
            approvals.decline(id, form.version(), form.reason(), user);
        } catch (ConflictException refused) {
            if (isAlready(id, user, EnumSet.of(DossierStatus.DECLINED))) {
                redirect.addFlashAttribute("notice", "notice.dossier.declined");
                return "redirect:/dossiers/" + id;
            }
            // e.g. the decision now waits for the leader's signature, who alone leaves a row out then
            return actionErrors.refusedStep(id, "decline", form.reason(), refused, redirect);
        }
        redirect.addFlashAttribute("notice", "notice.dossier.declined");
        return "redirect:/dossiers/" + id;
    }

    /**
     * The office presents its answer to the chairman or a vice-chairman (Trình ký): the date and who is to sign are
     * checked beside their fields, nothing typed is lost.
     */
    @PostMapping("/decisions/submissions/{id}/present")
    String present(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                   @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        decisions.decisionDates(id, user).reject(errors, "issuedOn", form.issuedOn());
        if (errors.hasErrors()) {
            return submission(id, user, model);
        }
        try {
            decisions.present(id, form.issuedOn(), form.signerAccountId(), user);
            redirect.addFlashAttribute("notice", "notice.decision.presented");
        } catch (AlreadyDoneException done) {
            redirect.addFlashAttribute("notice", done.messageKey());
            redirect.addFlashAttribute("noticeArg", done.argument());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
            redirect.addFlashAttribute("failureArg", refused.arguments().length > 0 ? refused.arguments()[0] : null);
        }
        return "redirect:/decisions/submissions/" + id;
    }

    /** The office takes its presented answer back to change a row, the date or the signer. */
    @PostMapping("/decisions/submissions/{id}/recall")
    String recall(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        signOff.recall(id, user);
        redirect.addFlashAttribute("notice", "notice.signing.recalled");
        return "redirect:/decisions/submissions/" + id;
    }
}
