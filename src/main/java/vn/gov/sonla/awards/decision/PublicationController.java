package vn.gov.sonla.awards.decision;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.publication.PublicRecords;

/**
 * An issued decision for the chairman's office: its documents, and the sign-off that publishes it on the public
 * honour roll after showing exactly the rows that will become public.
 */
@Controller
class PublicationController {

    private final Decisions decisions;
    private final PublicRecords publicRecords;

    PublicationController(Decisions decisions, PublicRecords publicRecords) {
        this.decisions = decisions;
        this.publicRecords = publicRecords;
    }

    @GetMapping("/decisions/issued/{id}")
    String issued(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        AwardDecision decision = decisions.get(id, user);
        model.addAttribute("decision", decision);
        model.addAttribute("submission", decisions.submissionOf(decision, user));
        model.addAttribute("publication", decisions.publication(id).orElse(null));
        model.addAttribute("preview", publicRecords.ofDecision(id));
        return "decisions/issued";
    }

    @PostMapping("/decisions/issued/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            decisions.publish(id, user);
            redirect.addFlashAttribute("notice", "notice.decision.published");
            redirect.addFlashAttribute("noticeArg", decisions.get(id, user).getNumber());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/decisions/issued/" + id;
    }
}
