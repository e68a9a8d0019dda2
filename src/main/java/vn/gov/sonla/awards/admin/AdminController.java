package vn.gov.sonla.awards.admin;

import java.util.Arrays;
import java.util.List;

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

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.UserAccount;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.OfficeRank;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.organisation.UnitType;

/** The administrator's pages: overview and log, accounts, units, campaigns. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final Administration administration;
    private final Accounts accounts;
    private final UnitRepository units;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final AdminAudit audit;

    AdminController(Administration administration, Accounts accounts, UnitRepository units, CampaignRepository campaigns,
                    AwardFormRepository awardForms, AdminAudit audit) {
        this.administration = administration;
        this.accounts = accounts;
        this.units = units;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.audit = audit;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("locked", administration.lockedAccounts());
        model.addAttribute("entries", audit.recent(200));
        return "admin/index";
    }

    // ------------------------------------------------------------------------------------------------
    // Accounts
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/users")
    String users(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", accounts.search(q));
        model.addAttribute("lockedUsernames", administration.lockedAccounts().stream().map(l -> l.username()).toList());
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.empty());
        return userForm(model, null);
    }

    @PostMapping("/users")
    String createUser(@Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                      @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        checkUnit(form.unitId(), "unitId", errors);
        form.checkLeader(errors);
        if (!errors.hasErrors() && accounts.exists(form.username())) {
            errors.rejectValue("username", "validation.admin.usernameTaken");
        }
        if (errors.hasErrors()) {
            return userForm(model, null);
        }
        Accounts.Created created = administration.createUser(form.username(), form.fullName().strip(), form.role(),
                form.unitId(), admin);
        administration.rankUser(created.account().getId(), form.rankOrSpecialist(), form.position(), form.signatureTitle(), admin);
        redirect.addFlashAttribute("oneTimePassword", created.password());
        redirect.addFlashAttribute("notice", "notice.admin.userCreated");
        return "redirect:/admin/users/" + created.account().getId();
    }

    @GetMapping("/users/{id}")
    String editUser(@PathVariable long id, Model model) {
        model.addAttribute("form", UserForm.of(accounts.get(id)));
        return userForm(model, id);
    }

    @PostMapping("/users/{id}")
    String updateUser(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                      @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        // the username is shown read-only and never changed, whatever the POST says
        checkUnit(form.unitId(), "unitId", errors);
        form.checkLeader(errors);
        if (errors.hasErrors()) {
            return userForm(model, id);
        }
        administration.updateUser(id, form.fullName().strip(), form.role(), form.unitId(), admin);
        administration.rankUser(id, form.rankOrSpecialist(), form.position(), form.signatureTitle(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.userUpdated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/deactivate")
    String deactivateUser(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.deactivateUser(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.userDeactivated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/reactivate")
    String reactivateUser(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.reactivateUser(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.userReactivated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/reset-password")
    String resetPassword(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", administration.resetPassword(id, admin));
        redirect.addFlashAttribute("notice", "notice.admin.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.unlock(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.userUnlocked");
        return "redirect:/admin/users/" + id;
    }

    private String userForm(Model model, Long id) {
        model.addAttribute("userId", id);
        if (id != null) {
            UserAccount account = accounts.get(id);
            model.addAttribute("account", account);
            model.addAttribute("lockedUntil", administration.lockedAccounts().stream()
                    .filter(l -> l.username().equals(account.getUsername())).map(l -> l.until()).findFirst().orElse(null));
        }
        model.addAttribute("roles", Arrays.stream(Role.values()).map(r -> Option.keyed(r, "role." + r)).toList());
        model.addAttribute("units", unitOptions());
        model.addAttribute("ranks", Arrays.stream(OfficeRank.values()).map(r -> Option.keyed(r, "account.rank." + r)).toList());
        model.addAttribute("positions", Arrays.stream(LeaderPosition.values()).map(p -> Option.keyed(p, "account.position." + p)).toList());
        return "admin/user-form";
    }

    // ------------------------------------------------------------------------------------------------
    // Units
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/units")
    String units(Model model) {
        model.addAttribute("units", units.findAllByOrderByName());
        return "admin/units";
    }

    @GetMapping("/units/new")
    String newUnit(Model model) {
        model.addAttribute("form", UnitForm.empty());
        return unitForm(model, null);
    }

    @PostMapping("/units")
    String createUnit(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
                      @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        if (form.parentId() != null) {
            checkUnit(form.parentId(), "parentId", errors);
        }
        if (!errors.hasErrors() && units.existsByCode(form.code())) {
            errors.rejectValue("code", "validation.admin.unitCodeTaken");
        }
        if (errors.hasErrors()) {
            return unitForm(model, null);
        }
        Unit unit = administration.createUnit(form.code(), form.name().strip(), form.type(), form.parentId(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.unitCreated");
        return "redirect:/admin/units/" + unit.getId();
    }

    @GetMapping("/units/{id}")
    String editUnit(@PathVariable long id, Model model) {
        model.addAttribute("form", UnitForm.of(unit(id)));
        return unitForm(model, id);
    }

    @PostMapping("/units/{id}")
    String updateUnit(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
                      @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        // the code is shown read-only and never changed, whatever the POST says
        if (form.parentId() != null) {
            checkUnit(form.parentId(), "parentId", errors);
        }
        if (!errors.hasErrors()) {
            try {
                administration.updateUnit(id, form.name().strip(), form.type(), form.parentId(), form.headSignsTicked(),
                        admin);
                redirect.addFlashAttribute("notice", "notice.admin.unitUpdated");
                return "redirect:/admin/units/" + id;
            } catch (ConflictException e) {
                errors.rejectValue("parentId", e.messageKey());
            }
        }
        return unitForm(model, id);
    }

    @PostMapping("/units/{id}/deactivate")
    String deactivateUnit(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.deactivateUnit(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.unitDeactivated");
        return "redirect:/admin/units/" + id;
    }

    @PostMapping("/units/{id}/reactivate")
    String reactivateUnit(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.reactivateUnit(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.unitReactivated");
        return "redirect:/admin/units/" + id;
    }

    private String unitForm(Model model, Long id) {
        model.addAttribute("unitId", id);
        if (id != null) {
            model.addAttribute("unit", unit(id));
        }
        model.addAttribute("types", Arrays.stream(UnitType.values()).map(t -> Option.keyed(t, "unitType." + t)).toList());
        model.addAttribute("parents", units.findByActiveTrueOrderByName().stream()
                .filter(u -> id == null || !u.getId().equals(id))
                .map(u -> Option.named(u.getId(), u.getName())).toList());
        return "admin/unit-form";
    }

    private Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
    }

    // ------------------------------------------------------------------------------------------------
    // Campaigns
    // ------------------------------------------------------------------------------------------------

    @GetMapping("/campaigns")
    String campaigns(Model model) {
        model.addAttribute("campaigns", campaigns.findAllByOrderByIdDesc());
        return "admin/campaigns";
    }

    @GetMapping("/campaigns/new")
    String newCampaign(Model model) {
        model.addAttribute("form", CampaignForm.empty());
        return campaignForm(model);
    }

    @PostMapping("/campaigns")
    String createCampaign(@Valid @ModelAttribute("form") CampaignForm form, BindingResult errors,
                          @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        checkUnit(form.compilingUnitId(), "compilingUnitId", errors);
        if (form.opensOn() != null && form.closesOn() != null && form.closesOn().isBefore(form.opensOn())) {
            errors.rejectValue("closesOn", "validation.admin.dates");
        }
        List<Long> routed = routedAwardForms().stream().map(a -> a.getId()).toList();
        if (form.awardFormIds() != null && !routed.containsAll(form.awardFormIds())) {
            errors.rejectValue("awardFormIds", "validation.admin.awardForms");
        }
        if (!errors.hasErrors() && campaigns.existsByCode(form.code())) {
            errors.rejectValue("code", "validation.admin.campaignCodeTaken");
        }
        if (errors.hasErrors()) {
            return campaignForm(model);
        }
        administration.createCampaign(form, admin);
        redirect.addFlashAttribute("notice", "notice.admin.campaignCreated");
        return "redirect:/admin/campaigns";
    }

    @PostMapping("/campaigns/{id}/attributes")
    String campaignAttributes(@PathVariable long id, @ModelAttribute CampaignAttributesForm form, @CurrentActor Actor admin,
                              RedirectAttributes redirect) {
        administration.setCampaignAttributes(id, form.frontline(), form.covidDeclaration(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.campaignAttributesSet");
        return "redirect:/admin/campaigns";
    }

    @PostMapping("/campaigns/{id}/close")
    String closeCampaign(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.closeCampaign(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.campaignClosed");
        return "redirect:/admin/campaigns";
    }

    @PostMapping("/campaigns/{id}/reopen")
    String reopenCampaign(@PathVariable long id, @CurrentActor Actor admin, RedirectAttributes redirect) {
        administration.reopenCampaign(id, admin);
        redirect.addFlashAttribute("notice", "notice.admin.campaignReopened");
        return "redirect:/admin/campaigns";
    }

    private String campaignForm(Model model) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("units", unitOptions());
        model.addAttribute("awardForms", routedAwardForms().stream()
                .map(a -> Option.named(a.getId(), english ? a.getNameEn() : a.getName())).toList());
        return "admin/campaign-form";
    }

    private List<vn.gov.sonla.awards.campaign.AwardForm> routedAwardForms() {
        return awardForms.findByLevelInOrderBySortOrder(List.of(AwardLevel.STATE, AwardLevel.PROVINCIAL));
    }

    // ------------------------------------------------------------------------------------------------

    private List<Option> unitOptions() {
        return units.findByActiveTrueOrderByName().stream().map(u -> Option.named(u.getId(), u.getName())).toList();
    }

    /** A crafted POST may name a unit that does not exist or is inactive: refuse it on the field. */
    private void checkUnit(Long unitId, String field, BindingResult errors) {
        if (unitId != null && units.findById(unitId).filter(Unit::isActive).isEmpty()) {
            errors.rejectValue(field, "validation.admin.unit");
        }
    }
}
