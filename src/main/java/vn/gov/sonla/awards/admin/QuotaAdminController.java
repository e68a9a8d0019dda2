package vn.gov.sonla.awards.admin;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.dossier.QuotaStandings;
import vn.gov.sonla.awards.organisation.UnitRepository;

import java.util.List;

/**
 * A campaign's optional quotas per unit and award form. They inform the clerk (how many remain) and the
 * compiling department (who is over); they refuse nothing.
 */
@Controller
@RequestMapping("/admin/campaigns/{campaignId}/quotas")
class QuotaAdminController {

    private final Administration administration;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final UnitRepository units;
    private final QuotaStandings standings;

    QuotaAdminController(Administration administration, CampaignRepository campaigns, AwardFormRepository awardForms,
                         UnitRepository units, QuotaStandings standings) {
        this.administration = administration;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.units = units;
        this.standings = standings;
    }

    @GetMapping
    String quotas(@PathVariable long campaignId, Model model) {
        model.addAttribute("form", QuotaForm.empty());
        return page(model, campaign(campaignId));
    }

    @PostMapping
    String set(@PathVariable long campaignId, @Valid @ModelAttribute("form") QuotaForm form, BindingResult errors,
               @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        Campaign campaign = campaign(campaignId);
        if (form.unitId() != null && units.findById(form.unitId()).filter(u -> u.isActive()).isEmpty()) {
            errors.rejectValue("unitId", "validation.admin.unit");
        }
        if (form.awardFormId() != null && allowed(campaign).stream().noneMatch(a -> a.getId().equals(form.awardFormId()))) {
            errors.rejectValue("awardFormId", "error.awardForm.notInCampaign");
        }
        if (errors.hasErrors()) {
            return page(model, campaign);
        }
        administration.setQuota(campaignId, form.unitId(), form.awardFormId(), form.quota(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.quotaSet");
        return "redirect:/admin/campaigns/" + campaignId + "/quotas";
    }

    @PostMapping("/remove")
    String remove(@PathVariable long campaignId, @RequestParam long unitId, @RequestParam long awardFormId,
                  @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.removeQuota(campaignId, unitId, awardFormId, admin);
        redirect.addFlashAttribute("notice", "notice.admin.quotaRemoved");
        return "redirect:/admin/campaigns/" + campaignId + "/quotas";
    }

    private String page(Model model, Campaign campaign) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("campaign", campaign);
        model.addAttribute("standings", standings.ofCampaign(campaign.getId()));
        model.addAttribute("units", units.findByActiveTrueOrderByName().stream()
                .map(u -> Option.named(u.getId(), u.getName())).toList());
        model.addAttribute("awardForms", allowed(campaign).stream()
                .map(a -> Option.named(a.getId(), english ? a.getNameEn() : a.getName())).toList());
        return "admin/quotas";
    }

    /** The routed award forms the campaign allows (every routed one if it lists none). */
    private List<AwardForm> allowed(Campaign campaign) {
        return awardForms.findByLevelInOrderBySortOrder(List.of(AwardLevel.STATE, AwardLevel.PROVINCIAL)).stream()
                .filter(campaign::allows).toList();
    }

    private Campaign campaign(long id) {
        return campaigns.findWithAwardFormsById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }
}
