package vn.gov.sonla.awards.signing;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.FourEyesPolicy;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.ReasonForm;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Corrections;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.SubmissionSigning;
import vn.gov.sonla.awards.review.Submissions;

/**
 * A leader's signing list (Chờ ký) and the documents in it: read as they will be issued, then signed (Ký ban hành) or
 * returned to the specialist (Trả lại chuyên viên). Every POST carries the presentation the leader read.
 */
@Controller
class SigningController {

    private final Submissions submissions;
    private final SubmissionSigning signing;
    private final Appraisals appraisals;
    private final Dossiers dossiers;
    private final Accounts accounts;
    private final SigningQueue queue;
    private final Decisions decisions;
    private final Approvals approvals;
    private final ChairmanSignOff chairmanSignOff;
    private final UnitSteps unitSteps;
    private final Corrections corrections;
    private final org.springframework.context.MessageSource messages;

    SigningController(Submissions submissions, SubmissionSigning signing, Appraisals appraisals, Dossiers dossiers,
                      Accounts accounts, SigningQueue queue, Decisions decisions, Approvals approvals,
                      ChairmanSignOff chairmanSignOff, UnitSteps unitSteps, Corrections corrections,
                      org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.corrections = corrections;
        this.unitSteps = unitSteps;
        this.decisions = decisions;
        this.approvals = approvals;
        this.chairmanSignOff = chairmanSignOff;
        this.submissions = submissions;
        this.signing = signing;
        this.appraisals = appraisals;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.queue = queue;
    }

    @GetMapping("/signing")
    String list(@CurrentActor Actor user, Model model) {
        requireLeader(user);
        model.addAttribute("waiting", queue.waiting(user));
        return "signing/list";
    }

    // ------------------------------------------------------------------------------------------------
    // The department's Tờ trình
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/signing/submissions/{id}")
    String submission(@PathVariable long id, @CurrentActor Actor user, Model model) {
        requireLeader(user);
        SubmissionView submission = awaiting(submissions.get(id, user), SubmissionStatus.AWAITING_SIGNATURE);
        model.addAttribute("submission", submission);
        model.addAttribute("signOff", submission.signOff());
        List<DossierView> listed = dossiers.inDraft(user, id);
        model.addAttribute("dossiers", listed);
        model.addAttribute("kind", "submission");
        model.addAttribute("consequence", say("signing.consequence.submission", submission.departmentCode(), listed.size()));
        model.addAttribute("pdf", "/documents/submissions/" + id + "/submission.pdf");
        model.addAttribute("refusal", FourEyesPolicy.refusal(submission.signOff().preparedByAccountId(), user.id()).orElse(null));
        return "signing/document";
    }

    @PostMapping("/signing/submissions/{id}/sign")
    String signSubmission(@PathVariable long id, @RequestParam int revision, @CurrentActor Actor user,
                          RedirectAttributes redirect) {
        return signed(redirect, () -> Signed.as("notice.signing.signed", signing.sign(id, revision, user).number()));
    }

    @PostMapping("/signing/submissions/{id}/return")
    String returnSubmission(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                            @CurrentActor Actor user, RedirectAttributes redirect) {
        return returned(errors, "/signing/submissions/" + id, "notice.signing.returned", redirect,
                () -> signing.returnToSpecialist(id, form.version().intValue(), form.reason().strip(), user));
    }

    // ------------------------------------------------------------------------------------------------
    // Home Affairs' appraisal report
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/signing/reports/{id}")
    String report(@PathVariable long id, @CurrentActor Actor user, Model model) {
        requireLeader(user);
        SubmissionView submission = awaiting(submissions.get(id, user), SubmissionStatus.REPORT_AWAITING_SIGNATURE);
        model.addAttribute("submission", submission);
        model.addAttribute("signOff", submission.reportSignOff());
        model.addAttribute("dossiers", dossiers.inSubmission(user, id));
        model.addAttribute("kind", "report");
        model.addAttribute("consequence", say("signing.consequence.report", dossiers.inSubmission(user, id).size()));
        model.addAttribute("pdf", "/documents/submissions/" + id + "/appraisal-report.pdf");
        model.addAttribute("refusal", FourEyesPolicy.refusal(submission.reportSignOff().preparedByAccountId(), user.id()).orElse(null));
        return "signing/document";
    }

    @PostMapping("/signing/reports/{id}/sign")
    String signReport(@PathVariable long id, @RequestParam int revision, @CurrentActor Actor user,
                      RedirectAttributes redirect) {
        return signed(redirect, () -> {
            appraisals.signAndForward(id, revision, user);
            return Signed.as("notice.signing.signed", submissions.get(id, user).appraisalReportNumber());
        });
    }

    @PostMapping("/signing/reports/{id}/return")
    String returnReport(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                        @CurrentActor Actor user, RedirectAttributes redirect) {
        return returned(errors, "/signing/reports/" + id, "notice.signing.returned", redirect,
                () -> submissions.returnReport(id, form.version().intValue(), form.reason().strip(), user));
    }

    // ------------------------------------------------------------------------------------------------
    // The chairman's decision and letter to the central level
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/signing/decisions/{id}")
    String decision(@PathVariable long id, @CurrentActor Actor user, Model model) {
        requireLeader(user);
        SubmissionView submission = awaiting(submissions.get(id, user), SubmissionStatus.DECISION_AWAITING_SIGNATURE);
        Decisions.Draft draft = decisions.draft(id, user);
        model.addAttribute("submission", submission);
        model.addAttribute("signOff", submission.decisionSignOff());
        model.addAttribute("dossiers", dossiers.inSubmission(user, id));
        model.addAttribute("kind", "decision");
        model.addAttribute("consequence", say("signing.consequence.decision", draft.provincial().size(),
                draft.stateLevel().size(), dossiers.inSubmission(user, id).stream()
                        .filter(d -> d.status() == DossierStatus.DECLINED).count()));
        model.addAttribute("pdf", draft.provincial().isEmpty() ? null : "/documents/submissions/" + id + "/decision-draft.pdf");
        model.addAttribute("letterPdf", draft.stateLevel().isEmpty() ? null : "/documents/submissions/" + id + "/letter.pdf");
        model.addAttribute("signerName", accounts.leadersOf(user.unitId()).stream()
                .filter(l -> l.accountId() == submission.decisionSignerAccountId()).findFirst()
                .map(l -> l.fullName() + " — " + l.title()).orElse(""));
        model.addAttribute("refusal", FourEyesPolicy.refusal(submission.decisionSignOff().preparedByAccountId(), user.id()).orElse(null));
        return "signing/document";
    }

    @PostMapping("/signing/decisions/{id}/sign")
    String signDecision(@PathVariable long id, @RequestParam int revision, @CurrentActor Actor user,
                        RedirectAttributes redirect) {
        return signed(redirect, () -> {
            Decisions.Signed signed = decisions.sign(id, revision, user);
            java.util.List<String> numbers = java.util.stream.Stream.concat(
                    signed.decision().map(DecisionView::number).stream(), signed.letterNumber().stream()).toList();
            return Signed.as(numbers.isEmpty() ? "notice.decision.signedNothing" : "notice.decision.signed",
                    String.join(", ", numbers));
        });
    }

    @PostMapping("/signing/decisions/{id}/return")
    String returnDecision(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                          @CurrentActor Actor user, RedirectAttributes redirect) {
        return returned(errors, "/signing/decisions/" + id, "notice.signing.returned", redirect,
                () -> chairmanSignOff.returnToSpecialist(id, form.version().intValue(), form.reason().strip(), user));
    }

    /** The signer declines one approved row before signing (with a reason); it is left out of what is issued. */
    @PostMapping("/signing/decisions/{id}/dossiers/{dossierId}/decline")
    String declineRow(@PathVariable long id, @PathVariable long dossierId, @Valid ReasonForm form, BindingResult errors,
                      @CurrentActor Actor user, RedirectAttributes redirect) {
        requireLeader(user);
        awaiting(submissions.get(id, user), SubmissionStatus.DECISION_AWAITING_SIGNATURE);
        if (dossiers.view(dossierId, user).submissionId() == null || dossiers.view(dossierId, user).submissionId() != id) {
            throw new NotFoundException("dossier " + dossierId + " in submission " + id);
        }
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", "validation.reason.required");
            redirect.addFlashAttribute("failureField", "decline-reason-" + dossierId);
            return "redirect:/signing/decisions/" + id + "#row-" + dossierId;
        }
        approvals.decline(dossierId, form.version(), form.reason().strip(), user);
        redirect.addFlashAttribute("notice", "notice.decision.rowDeclined");
        return "redirect:/signing/decisions/" + id;
    }

    // ------------------------------------------------------------------------------------------------
    // A decision correcting an issued one
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/signing/corrections/{id}")
    String correction(@PathVariable long id, @CurrentActor Actor user, Model model) {
        requireLeader(user);
        Corrections.Request request = corrections.get(id, user);
        if (!request.awaiting()) {
            throw new NotFoundException("correction " + id + " awaiting signature");
        }
        model.addAttribute("request", request);
        model.addAttribute("signerName", accounts.leadersOf(user.unitId()).stream()
                .filter(l -> l.accountId() == request.signerAccountId()).findFirst()
                .map(l -> l.fullName() + " — " + l.title()).orElse(""));
        model.addAttribute("refusal", FourEyesPolicy.refusal(request.preparedByAccountId(), user.id()).orElse(null));
        return "signing/correction";
    }

    @PostMapping("/signing/corrections/{id}/sign")
    String signCorrection(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        return signed(redirect, () -> Signed.as("notice.decision.corrected", corrections.sign(id, user).number()));
    }

    @PostMapping("/signing/corrections/{id}/return")
    String returnCorrection(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                            @CurrentActor Actor user, RedirectAttributes redirect) {
        return returned(errors, "/signing/corrections/" + id, "notice.signing.returned", redirect,
                () -> corrections.returnToSpecialist(id, form.reason().strip(), user));
    }

    // ------------------------------------------------------------------------------------------------
    // A unit's dossier, presented to the head of the unit
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/signing/dossiers/{id}")
    String dossier(@PathVariable long id, @CurrentActor Actor user, Model model) {
        requireLeader(user);
        DossierView dossier = dossiers.view(id, user);
        if (dossier.status() != DossierStatus.AT_UNIT_HEAD) {
            throw new NotFoundException("dossier " + id + " awaiting the head's signature");
        }
        List<Dossiers.PresentedDossier> waiting = dossiers.presentedToUnitHead(user);
        int at = java.util.stream.IntStream.range(0, waiting.size()).filter(i -> waiting.get(i).row().id() == id)
                .findFirst().orElseThrow(() -> new NotFoundException("dossier " + id + " awaiting the head's signature"));
        Dossiers.PresentedDossier presented = waiting.get(at);
        model.addAttribute("dossier", dossier);
        model.addAttribute("presented", presented);
        // the head goes through what waits in the order of the signing list
        model.addAttribute("previous", at > 0 ? waiting.get(at - 1).row() : null);
        model.addAttribute("next", at + 1 < waiting.size() ? waiting.get(at + 1).row() : null);
        model.addAttribute("refusal", presented.presentedByUsername().equals(user.username()) ? "error.signing.fourEyes" : null);
        return "signing/dossier";
    }

    @PostMapping("/signing/dossiers/{id}/sign")
    String sendOn(@PathVariable long id, @RequestParam long version, @CurrentActor Actor user,
                  RedirectAttributes redirect) {
        requireLeader(user);
        unitSteps.sendOnByUnitHead(id, version, null, user);
        redirect.addFlashAttribute("notice", "notice.dossier.sentByUnitHead");
        return "redirect:/signing";
    }

    @PostMapping("/signing/dossiers/{id}/return")
    String returnDossier(@PathVariable long id, @Valid ReasonForm form, BindingResult errors,
                         @CurrentActor Actor user, RedirectAttributes redirect) {
        requireLeader(user);
        return returned(errors, "/signing/dossiers/" + id, "notice.dossier.returnedToClerk", redirect,
                () -> unitSteps.returnToClerk(id, form.version(), form.reason().strip(), user));
    }

    /** A sentence of the page in the reader's language. */
    private String say(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** What a signature issued, for the notice on the signing list: its message and the number(s) taken. */
    private record Signed(String notice, String number) {

        static Signed as(String notice, String number) {
            return new Signed(notice, number);
        }
    }

    /** Signs and says so; a document another leader signed meanwhile is named with the number it was signed under. */
    private static String signed(RedirectAttributes redirect, java.util.function.Supplier<Signed> sign) {
        try {
            Signed signed = sign.get();
            redirect.addFlashAttribute("notice", signed.notice());
            redirect.addFlashAttribute("noticeArg", signed.number());
        } catch (AlreadyDoneException done) {
            redirect.addFlashAttribute("notice", done.messageKey());
            redirect.addFlashAttribute("noticeArg", done.argument());
        }
        return "redirect:/signing";
    }

    /** Returns the document with the leader's note; without a note, back to its page with the message. */
    private static String returned(BindingResult errors, String page, String notice, RedirectAttributes redirect,
                                   Runnable giveBack) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", "validation.reason.required");
            redirect.addFlashAttribute("failureField", "reason");
            return "redirect:" + page;
        }
        giveBack.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/signing";
    }

    /** The page of a document no longer waiting (signed, returned, recalled) is gone: 404, the list shows the rest. */
    private static SubmissionView awaiting(SubmissionView submission, SubmissionStatus status) {
        if (submission.status() != status) {
            throw new NotFoundException("submission " + submission.id() + " awaiting signature");
        }
        return submission;
    }

    /** The signing pages are for leaders, read from the account (not only from the session). */
    private void requireLeader(Actor user) {
        if (user.is(Role.ADMIN) || !accounts.isLeader(user.id())) {
            throw new ForbiddenException("error.signing.notLeader");
        }
    }
}
