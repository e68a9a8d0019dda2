package vn.gov.sonla.awards.grassroots;

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
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.numbering.DocumentDates;

/** The clerk's register of the unit head's certificates of commendation (Giấy khen). */
@Controller
class GrassrootsController {

    private final GrassrootsRecords records;
    private final CampaignRepository campaigns;
    private final DocumentDates dates;

    GrassrootsController(GrassrootsRecords records, CampaignRepository campaigns, DocumentDates dates) {
        this.dates = dates;
        this.records = records;
        this.campaigns = campaigns;
    }

    @GetMapping("/grassroots")
    String list(@CurrentActor Actor clerk, Model model) {
        model.addAttribute("decisions", records.ofUnit(clerk));
        return "grassroots/list";
    }

    @GetMapping("/grassroots/new")
    String newForm(Model model) {
        model.addAttribute("form", GrassrootsForm.empty());
        return form(model);
    }

    @PostMapping("/grassroots")
    String create(@Valid @ModelAttribute("form") GrassrootsForm form, BindingResult errors,
                  @CurrentActor Actor clerk, Model model, RedirectAttributes redirect) {
        if (form.awardees().isEmpty()) {
            errors.rejectValue("individuals", "grassroots.awardees.required");
        } else if (form.overlongLine() > 0) {
            errors.rejectValue("individuals", "validation.size.255");
        }
        if (form.campaignId() != null) {
            campaigns.findById(form.campaignId()).ifPresentOrElse(
                    campaign -> dates.range(campaign.startsOn()).reject(errors, "decidedOn", form.decidedOn()),
                    () -> errors.rejectValue("campaignId", "validation.campaign.required"));
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            GrassrootsDecision decision = records.record(form.campaignId(), form.number(), form.decidedOn(), form.signer(),
                    form.awardees(), form.individualAmount(), form.collectiveAmount(), clerk);
            redirect.addFlashAttribute("notice", "grassroots.recorded.notice");
            return "redirect:/grassroots/" + decision.getId();
        } catch (ConflictException duplicate) {
            errors.rejectValue("number", duplicate.messageKey());
            return form(model);
        }
    }

    @GetMapping("/grassroots/{id}")
    String show(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        model.addAttribute("decision", records.get(id, clerk));
        return "grassroots/show";
    }

    private String form(Model model) {
        model.addAttribute("campaigns", campaigns.findAll().stream()
                .map(c -> Option.named(c.getId(), c.getShortName())).toList());
        return "grassroots/form";
    }
}
