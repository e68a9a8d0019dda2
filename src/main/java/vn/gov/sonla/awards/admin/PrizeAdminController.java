package vn.gov.sonla.awards.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.prize.PrizeMoney;

/**
 * The administrator's page for prize money: the base salary and the coefficients of each award form, each with its
 * history. A new value applies from its date to decisions issued from then on; issued decisions keep their amounts.
 */
@Controller
@RequestMapping("/admin/prize-money")
class PrizeAdminController {

    private final PrizeAdministration administration;
    private final PrizeMoney prizes;
    private final AwardFormRepository awardForms;

    PrizeAdminController(PrizeAdministration administration, PrizeMoney prizes, AwardFormRepository awardForms) {
        this.administration = administration;
        this.prizes = prizes;
        this.awardForms = awardForms;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("salaryForm", BaseSalaryForm.empty());
        model.addAttribute("coefficientForm", CoefficientForm.empty());
        return page(model, true);
    }

    @PostMapping("/base-salaries")
    String recordBaseSalary(@Valid @ModelAttribute("salaryForm") BaseSalaryForm form, BindingResult errors,
                            @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        checkDate(form.effectiveFrom(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("coefficientForm", CoefficientForm.empty());
            return page(model, false);
        }
        administration.recordBaseSalary(form.amount(), form.effectiveFrom(), form.legalBasis().strip(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.baseSalaryRecorded");
        return "redirect:/admin/prize-money";
    }

    @PostMapping("/coefficients")
    String recordCoefficient(@Valid @ModelAttribute("coefficientForm") CoefficientForm form, BindingResult errors,
                             @CurrentActor Actor admin, Model model, RedirectAttributes redirect) {
        checkDate(form.effectiveFrom(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("salaryForm", BaseSalaryForm.empty());
            return page(model, false);
        }
        administration.recordCoefficient(form.awardFormId(), form.nomineeType(), form.value(), form.effectiveFrom(),
                form.legalBasis().strip(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.coefficientRecorded");
        return "redirect:/admin/prize-money";
    }

    /** An effective date a decree could bear: from 2000 to 2100. */
    private static void checkDate(LocalDate effectiveFrom, BindingResult errors) {
        if (effectiveFrom != null && (effectiveFrom.isBefore(EARLIEST) || effectiveFrom.isAfter(LATEST))) {
            errors.rejectValue("effectiveFrom", "validation.prize.effectiveFrom");
        }
    }

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private String page(Model model, boolean fresh) {
        List<AwardForm> forms = awardForms.findByLevelInOrderBySortOrder(List.of(AwardLevel.values()));
        Map<Long, String> formNames = forms.stream().collect(Collectors.toMap(AwardForm::getId, AwardForm::getName));
        model.addAttribute("baseSalaries", prizes.baseSalaries());
        model.addAttribute("coefficients", prizes.coefficients());
        model.addAttribute("formNames", formNames);
        model.addAttribute("awardFormOptions", forms.stream().map(f -> Option.named(f.getId(), f.getName())).toList());
        model.addAttribute("nomineeTypes", List.of(NomineeType.INDIVIDUAL, NomineeType.COLLECTIVE).stream()
                .map(t -> Option.keyed(t, "nomineeType." + t)).toList());
        return "admin/prize-money";
    }
}
