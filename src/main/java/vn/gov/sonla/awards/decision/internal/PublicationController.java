package vn.gov.sonla.awards.decision.internal;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.publication.PublicRecords;
import vn.gov.sonla.awards.decision.Corrections;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * An issued decision for the chairman's office: its documents, and the sign-off that publishes it on the public
 * honour roll after showing exactly the rows that will become public.
 */
@Controller
class PublicationController {

    private final Decisions decisions;
    private final PublicRecords publicRecords;
    private final Clock clock;
    private final ChairmanSignOff signOff;
    private final Corrections corrections;

    PublicationController(Decisions decisions, PublicRecords publicRecords, Clock clock, ChairmanSignOff signOff,
                          Corrections corrections) {
        this.corrections = corrections;
        this.signOff = signOff;
        this.clock = clock;
        this.decisions = decisions;
        this.publicRecords = publicRecords;
    }

    @GetMapping("/decisions/issued/{id}")
    String issued(@PathVariable long id, @CurrentActor Actor user, Model model) {
        DecisionView decision = decisions.get(id, user);
        model.addAttribute("decision", decision);
        model.addAttribute("submission", decisions.submissionOf(decision, user));
        model.addAttribute("publication", decisions.publication(id).orElse(null));
        model.addAttribute("preview", publicRecords.ofDecision(id));
        model.addAttribute("corrections", decisions.correctionsOf(id));
        model.addAttribute("unsignedCorrections", corrections.unsignedOf(id));
        if (decision.isCorrection()) {
            model.addAttribute("corrected", decisions.get(decision.correctsDecisionId(), user));
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", CorrectionForm.empty(LocalDate.now(clock)));
        }
        model.addAttribute("signers", signOff.leaders(user).stream()
                .map(l -> Option.named(l.accountId(), l.fullName() + " — " + l.title())).toList());
        return "decisions/issued";
    }

    /**
     * The chairman's office prepares a decision correcting this one and presents it to the leader it names, who signs
     * it (the next "N/QĐ-UBND") in the signing list; nothing typed is lost.
     */
    @PostMapping("/decisions/issued/{id}/correct")
    String correct(@PathVariable long id, @Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors,
                   @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        if (!user.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("error.forbidden.action", label("decision.correction.action"));
        }
        DecisionView corrected = decisions.get(id, user);
        if (form.issuedOn() != null && form.issuedOn().isBefore(corrected.issuedOn())) {
            errors.rejectValue("issuedOn", "error.correction.beforeCorrected");
        } else {
            decisions.correctionDates(corrected, user).reject(errors, "issuedOn", form.issuedOn());
        }
        if (errors.hasErrors()) {
            return issued(id, user, model);
        }
        // the same form sent again, or twice at once, is the one request it presented
        corrections.present(id, form.issuedOn(), form.signerAccountId(), form.reason(), form.requestKey(), user);
        redirect.addFlashAttribute("notice", "notice.correction.presented");
        return "redirect:/decisions/issued/" + id;
    }

    @PostMapping("/decisions/issued/{id}/publish")
    String publish(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        try {
            decisions.publish(id, user);
            redirect.addFlashAttribute("notice", "notice.decision.published");
            redirect.addFlashAttribute("noticeArg", decisions.get(id, user).number());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/decisions/issued/" + id;
    }
}
