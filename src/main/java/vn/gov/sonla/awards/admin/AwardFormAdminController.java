package vn.gov.sonla.awards.admin;

import java.util.List;

import jakarta.validation.Valid;

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
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.CriterionRepository;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Option;

/**
 * The administrator's pages for award forms and their criteria. Every change applies to dossiers started from
 * then on: a filed dossier keeps the copy of the criteria it was filed under.
 */
@Controller
@RequestMapping("/admin")
class AwardFormAdminController {

    private final Administration administration;
    private final AwardFormRepository awardForms;
    private final CriterionRepository criteria;
    private final CampaignRepository campaigns;

    AwardFormAdminController(Administration administration, AwardFormRepository awardForms, CriterionRepository criteria,
                             CampaignRepository campaigns) {
        this.administration = administration;
        this.awardForms = awardForms;
        this.criteria = criteria;
        this.campaigns = campaigns;
    }

    @GetMapping("/award-forms")
    String list(Model model) {
        model.addAttribute("awardForms", awardForms.findByLevelInOrderBySortOrder(List.of(AwardLevel.values())));
        return "admin/award-forms";
    }

    /** The award form and its criteria: all of them, or those a campaign's dossiers are filed under. */
    @GetMapping("/award-forms/{id}")
    String edit(@PathVariable long id, @RequestParam(name = "campaign", required = false) Long campaignId, Model model) {
        model.addAttribute("form", AwardFormForm.of(awardForm(id)));
        model.addAttribute("criteriaCampaign", campaignId == null ? null : campaign(campaignId));
        return awardFormPage(model, id);
    }

    @PostMapping("/award-forms/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") AwardFormForm form, BindingResult errors,
                @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        if (!form.individual() && !form.collective()) {
            errors.rejectValue("appliesToIndividual", "validation.admin.appliesTo");
        }
        if (errors.hasErrors()) {
            return awardFormPage(model, id);
        }
        administration.reviseAwardForm(id, form.name().strip(), form.nameEn().strip(), form.individual(),
                form.collective(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.awardFormUpdated");
        return "redirect:/admin/award-forms/" + id;
    }

    @GetMapping("/award-forms/{id}/criteria/new")
    String newCriterion(@PathVariable long id, @RequestParam(required = false) NomineeType nomineeType,
                        @RequestParam(name = "campaign", required = false) Long campaignId, Model model) {
        model.addAttribute("form", CriterionForm.empty(campaignId == null ? null : campaign(campaignId).getId(), nomineeType));
        return criterionPage(model, awardForm(id), null);
    }

    @PostMapping("/award-forms/{id}/criteria")
    String addCriterion(@PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form, BindingResult errors,
                        @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        AwardForm awardForm = awardForm(id);
        if (errors.hasErrors()) {
            return criterionPage(model, awardForm, null);
        }
        Criterion added = administration.addCriterion(id, form.campaignId(), form.nomineeType(), form.text().strip(),
                form.mustBeMet(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.criterionAdded");
        return redirectTo(added);
    }

    @GetMapping("/criteria/{id}")
    String editCriterion(@PathVariable long id, Model model) {
        Criterion criterion = criterion(id);
        model.addAttribute("form", CriterionForm.of(criterion));
        return criterionPage(model, awardForm(criterion.getAwardFormId()), criterion);
    }

    @PostMapping("/criteria/{id}")
    String saveCriterion(@PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form, BindingResult errors,
                         @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        // the kind of nominee is fixed once added, whatever the POST says
        Criterion criterion = criterion(id);
        if (errors.hasFieldErrors("text")) {
            return criterionPage(model, awardForm(criterion.getAwardFormId()), criterion);
        }
        administration.reviseCriterion(id, form.text().strip(), form.mustBeMet(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.criterionUpdated");
        return redirectTo(criterion);
    }

    @PostMapping("/criteria/{id}/retire")
    String retire(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.retireCriterion(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.criterionRetired");
        return redirectTo(criterion(id));
    }

    @PostMapping("/criteria/{id}/reinstate")
    String reinstate(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.reinstateCriterion(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.criterionReinstated");
        return redirectTo(criterion(id));
    }

    /** Back to the award form's page, showing the criterion's campaign when it is a campaign's own. */
    private static String redirectTo(Criterion criterion) {
        return "redirect:/admin/award-forms/" + criterion.getAwardFormId()
                + (criterion.getCampaignId() == null ? "" : "?campaign=" + criterion.getCampaignId());
    }

    private String awardFormPage(Model model, long id) {
        AwardForm awardForm = awardForm(id);
        Campaign campaign = (Campaign) model.getAttribute("criteriaCampaign");
        List<Criterion> all = campaign == null ? criteria.findByAwardFormIdOrderByNomineeTypeDescPosition(id)
                : criteria.ofCampaign(campaign.getId(), id);
        model.addAttribute("awardForm", awardForm);
        model.addAttribute("campaigns", campaignOptions());
        model.addAttribute("campaignNames", campaigns.findAllByOrderByIdDesc().stream()
                .collect(java.util.stream.Collectors.toMap(Campaign::getId, Campaign::getShortName)));
        model.addAttribute("individualCriteria", all.stream().filter(c -> c.getNomineeType() == NomineeType.INDIVIDUAL).toList());
        model.addAttribute("collectiveCriteria", all.stream().filter(c -> c.getNomineeType() == NomineeType.COLLECTIVE).toList());
        return "admin/award-form";
    }

    private String criterionPage(Model model, AwardForm awardForm, Criterion criterion) {
        model.addAttribute("awardForm", awardForm);
        model.addAttribute("campaigns", campaignOptions());
        model.addAttribute("criterionCampaign", criterion == null || criterion.getCampaignId() == null ? null
                : campaign(criterion.getCampaignId()));
        model.addAttribute("criterion", criterion);
        model.addAttribute("nomineeTypes", List.of(NomineeType.INDIVIDUAL, NomineeType.COLLECTIVE).stream()
                .map(t -> Option.keyed(t, "nomineeType." + t)).toList());
        return "admin/criterion-form";
    }

    private List<Option> campaignOptions() {
        return campaigns.findAllByOrderByIdDesc().stream().map(c -> Option.named(c.getId(), c.getShortName())).toList();
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private AwardForm awardForm(long id) {
        return awardForms.findById(id).orElseThrow(() -> new NotFoundException("award form " + id));
    }

    private Criterion criterion(long id) {
        return criteria.findById(id).orElseThrow(() -> new NotFoundException("criterion " + id));
    }
}
