package vn.gov.sonla.awards.decision.internal;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.internal.Dossier;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * The chairman's office writes the line each award's certificate prints ("Đã có thành tích …"), at most two lines,
 * while it prepares the decision; the summary the unit wrote is offered to start from.
 */
@Controller
class AwardLineController {

    private final Dossiers dossiers;
    private final Approvals approvals;

    AwardLineController(Dossiers dossiers, Approvals approvals) {
        this.dossiers = dossiers;
        this.approvals = approvals;
    }

    @GetMapping("/decisions/dossiers/{id}/award-line")
    String form(@PathVariable long id, @CurrentActor Actor user, Model model) {
        DossierView dossier = office(id, user);
        if (!model.containsAttribute("awardLineForm")) {
            model.addAttribute("awardLineForm", new AwardLineForm(dossier.version(),
                    dossier.awardLine() != null ? dossier.awardLine() : dossier.achievementSummary()));
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("width", Dossier.AWARD_LINE_WIDTH);
        return "decisions/award-line";
    }

    @PostMapping("/decisions/dossiers/{id}/award-line")
    String write(@PathVariable long id, @Valid @ModelAttribute("awardLineForm") AwardLineForm form, BindingResult errors,
                 @CurrentActor Actor user, Model model, RedirectAttributes redirect) {
        DossierView dossier = office(id, user);
        if (!errors.hasErrors()) {
            try {
                approvals.writeAwardLine(id, form.version(), form.line(), user);
                redirect.addFlashAttribute("notice", "notice.awardLine.written");
                return "redirect:/decisions/submissions/" + dossier.submissionId();
            } catch (ObjectOptimisticLockingFailureException changed) {
                errors.rejectValue("line", "error.stale");
            } catch (ConflictException refused) {
                errors.rejectValue("line", refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return form(id, user, model);
    }

    private DossierView office(long id, Actor user) {
        if (!user.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("error.forbidden.action", label("action.WRITE_AWARD_LINE"));
        }
        return dossiers.view(id, user);
    }
}
