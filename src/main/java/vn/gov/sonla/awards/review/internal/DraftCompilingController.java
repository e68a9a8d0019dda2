package vn.gov.sonla.awards.review.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.DraftCompiling;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;

/**
 * Compiling many at once: every accepted dossier matching the list's filter into a draft, and many out of a draft,
 * each after a page that states how many (no JavaScript needed) and posts that number back to be held to it.
 */
@Controller
class DraftCompilingController {

    private final DraftCompiling compiling;
    private final Submissions submissions;
    private final Dossiers dossiers;

    DraftCompilingController(DraftCompiling compiling, Submissions submissions, Dossiers dossiers) {
        this.compiling = compiling;
        this.submissions = submissions;
        this.dossiers = dossiers;
    }

    /** What adding every accepted dossier matching the filter would do: how many, into which draft. */
    @GetMapping("/review/accepted/add-all")
    String confirmAddAll(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                         @RequestParam(required = false) Long districtId, @RequestParam(required = false) Long awardFormId,
                         @RequestParam(required = false) NomineeType nomineeType,
                         @RequestParam(required = false) Boolean frontline,
                         @RequestParam(required = false) Long draftId, @RequestParam(required = false) Long confirmedBefore,
                         @CurrentActor Actor user, Model model) {
        DossierFilter filter = new DossierFilter(q, null, null, awardFormId, unitId, districtId, nomineeType, frontline);
        model.addAttribute("filter", filter);
        model.addAttribute("tabQuery", ReviewController.tabQuery(filter));
        model.addAttribute("count", compiling.matching(filter, user));
        model.addAttribute("drafts", compiling.openDrafts(user));
        model.addAttribute("draftId", draftId);
        // back from a step refused because the number changed: the number confirmed, beside the number now
        model.addAttribute("confirmedBefore", confirmedBefore);
        return "review/add-all";
    }

    @PostMapping("/review/accepted/add-all")
    String addAll(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) Long districtId, @RequestParam(required = false) Long awardFormId,
                  @RequestParam(required = false) NomineeType nomineeType, @RequestParam(required = false) Boolean frontline,
                  @RequestParam(required = false) Long draftId, @RequestParam long confirmed,
                  @CurrentActor Actor user, RedirectAttributes redirect) {
        // the filter of the page that stated the number, read as that page read it (a search loses what is not text)
        DossierFilter filter = new DossierFilter(PlainText.withoutControls(q), null, null, awardFormId,
                unitId, districtId, nomineeType, frontline);
        try {
            SubmissionView draft = compiling.addAllMatching(draftId, filter, confirmed, user);
            redirect.addFlashAttribute("notice", "notice.draft.addedAll");
            redirect.addFlashAttribute("noticeArg", confirmed);
            return "redirect:/review/submissions/" + draft.id();
        } catch (ConflictException refused) {
            // back to the page that states the number as it is now, with what was confirmed beside it
            ReviewController.filterParameters(filter).forEach(redirect::addAttribute);
            if ("error.draft.countChanged".equals(refused.messageKey())) {
                redirect.addAttribute("confirmedBefore", confirmed);
            } else {
                redirect.addFlashAttribute("failure", refused.messageKey());
            }
            if (draftId != null) {
                redirect.addAttribute("draftId", draftId);
            }
            return "redirect:/review/accepted/add-all";
        }
    }

    /** The confirmation asked for by address (its language switched, say): the draft's page, to tick them again. */
    @GetMapping("/review/submissions/{id}/remove-selected/confirm")
    String confirmRemoveAgain(@PathVariable long id) {
        return "redirect:/review/submissions/" + id;
    }

    /**
     * The dossiers ticked in a draft, to take out: how many, which ones, before they leave it. The selection is posted (it changes
     * nothing): a draft of 2,000 ticked would not fit in an address.
     */
    @PostMapping("/review/submissions/{id}/remove-selected/confirm")
    String confirmRemove(@PathVariable long id, @RequestParam(name = "dossierIds", required = false) List<Long> dossierIds,
                         @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        SubmissionView draft = submissions.get(id, user);
        Set<Long> chosen = dossierIds == null ? Set.of() : Set.copyOf(dossierIds);
        List<DossierView> leaving = dossiers.inDraft(user, id).stream().filter(d -> chosen.contains(d.id())).toList();
        if (!draft.isDraft() || leaving.isEmpty()) {
            redirect.addFlashAttribute("failure", draft.isDraft() ? "error.selection.empty" : "error.draft.notADraft");
            return "redirect:/review/submissions/" + id;
        }
        model.addAttribute("submission", draft);
        model.addAttribute("leaving", leaving);
        return "review/remove-selected";
    }

    @PostMapping("/review/submissions/{id}/remove-selected")
    String removeSelected(@PathVariable long id, @RequestParam(name = "dossierIds", required = false) List<Long> dossierIds,
                          @CurrentActor Actor user, RedirectAttributes redirect) {
        try {
            int removed = compiling.removeSelected(id, dossierIds == null ? List.of() : dossierIds, user);
            redirect.addFlashAttribute("notice", "notice.draft.removedMany");
            redirect.addFlashAttribute("noticeArg", removed);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/review/submissions/" + id;
    }
}
