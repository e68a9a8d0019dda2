package vn.gov.sonla.awards.dossier;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.Option;

/** The clerk's pages (list, new, edit, submit) and the dossier page every role sees within its scope. */
@Controller
class DossierController {

    private static final int PAGE_SIZE = 20;

    private final Dossiers dossiers;

    DossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/dossiers")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", dossiers.list(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "dossiers/list";
    }

    @GetMapping("/dossiers/new")
    String newForm(Model model) {
        model.addAttribute("form", DossierForm.empty());
        return form(model, null);
    }

    @PostMapping("/dossiers")
    String create(@Valid @ModelAttribute("form") DossierForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        checkChoices(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Dossier dossier = dossiers.create(form.toCommand(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.created");
        return "redirect:/dossiers/" + dossier.getId();
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long compareFrom,
                @RequestParam(required = false) Long compareTo, @AuthenticationPrincipal CurrentUser user, Model model) {
        Dossier dossier = dossiers.show(id, user);
        model.addAttribute("dossier", dossier);
        addTimelineAndSnapshots(dossier, dossiers.snapshots(id, user), compareFrom, compareTo, model);
        model.addAttribute("can", new Permissions(dossier, user));
        model.addAttribute("submissionBase", switch (user.role()) {
            case DEPARTMENT -> "/review/submissions";
            case APPRAISER -> "/appraisal/submissions";
            case CHAIRMAN_OFFICE -> "/decisions/submissions";
            case CLERK, ADMIN -> null;
        });
        return "dossiers/detail";
    }

    @GetMapping("/dossiers/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Dossier dossier = dossiers.get(id, user);
        DossierPolicy.require(dossier, user, DossierAction.EDIT);
        model.addAttribute("form", DossierForm.of(dossier));
        model.addAttribute("dossier", dossier);
        return form(model, id);
    }

    @PostMapping("/dossiers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DossierForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Dossier dossier = dossiers.get(id, user);
        checkChoices(form, errors);
        if (form.version() == null) {
            errors.reject("error.stale");
        }
        if (errors.hasErrors()) {
            model.addAttribute("dossier", dossier);
            return form(model, id);
        }
        dossiers.revise(id, form.version(), form.toCommand(), user);
        redirect.addFlashAttribute("notice", "notice.dossier.saved");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        dossiers.submit(id, version, user);
        redirect.addFlashAttribute("notice", "notice.dossier.submitted");
        return "redirect:/dossiers/" + id;
    }

    /**
     * The history without the views (the timeline), the views apart (who outside the unit opened the
     * dossier), and the frozen copies with the difference between two of them: by default the last two.
     */
    private static void addTimelineAndSnapshots(Dossier dossier, List<DossierSnapshots.Snapshot> snapshots,
                                                Long compareFrom, Long compareTo, Model model) {
        model.addAttribute("timeline", dossier.getHistory().stream().filter(e -> e.getAction() != DossierAction.VIEW).toList());
        model.addAttribute("accesses", dossier.getHistory().stream().filter(e -> e.getAction() == DossierAction.VIEW).toList());
        model.addAttribute("snapshots", snapshots);
        if (snapshots.size() < 2) {
            return;
        }
        DossierSnapshots.Snapshot before = snapshots.stream().filter(s -> compareFrom != null && s.id() == compareFrom)
                .findFirst().orElse(snapshots.get(snapshots.size() - 2));
        DossierSnapshots.Snapshot after = snapshots.stream().filter(s -> compareTo != null && s.id() == compareTo)
                .findFirst().orElse(snapshots.get(snapshots.size() - 1));
        model.addAttribute("compareFrom", before);
        model.addAttribute("compareTo", after);
        model.addAttribute("changes", DossierSnapshots.diff(before, after));
    }

    private String form(Model model, Long id) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("dossierId", id);
        model.addAttribute("campaigns", dossiers.openCampaigns().stream()
                .map(c -> Option.named(c.getId(), c.getShortName())).toList());
        model.addAttribute("awardForms", dossiers.routedAwardForms().stream()
                .map(a -> Option.named(a.getId(), english ? a.getNameEn() : a.getName())).toList());
        model.addAttribute("nomineeTypes", List.of(NomineeType.INDIVIDUAL, NomineeType.COLLECTIVE).stream()
                .map(t -> Option.keyed(t, "nomineeType." + t)).toList());
        model.addAttribute("genders", Arrays.stream(Gender.values())
                .map(g -> Option.keyed(g, "gender." + g)).toList());
        return "dossiers/form";
    }

    /** A crafted POST may name a campaign or award form that is not offered: refuse it on the field. */
    private void checkChoices(DossierForm form, BindingResult errors) {
        if (form.nomineeType() == NomineeType.INDIVIDUAL) {
            if (form.nomineeGender() == null) {
                errors.rejectValue("nomineeGender", "validation.gender.required");
            }
            if (form.nomineePosition() == null || form.nomineePosition().isBlank()) {
                errors.rejectValue("nomineePosition", "validation.position.required");
            }
        }
        if (form.campaignId() != null && dossiers.openCampaigns().stream().noneMatch(c -> c.getId().equals(form.campaignId()))) {
            errors.rejectValue("campaignId", "validation.campaign.required");
        }
        if (form.awardFormId() != null && dossiers.routedAwardForms().stream().noneMatch(a -> a.getId().equals(form.awardFormId()))) {
            errors.rejectValue("awardFormId", "validation.awardForm.required");
        }
    }

    /** What the person looking at the dossier may do now, for the buttons of the page. */
    public record Permissions(boolean edit, boolean submit, boolean review, boolean appraise, boolean decide) {

        Permissions(Dossier d, CurrentUser u) {
            this(DossierPolicy.allows(d, u, DossierAction.EDIT),
                    DossierPolicy.allows(d, u, DossierAction.SUBMIT),
                    DossierPolicy.allows(d, u, DossierAction.ACCEPT),
                    DossierPolicy.allows(d, u, DossierAction.APPRAISE),
                    DossierPolicy.allows(d, u, DossierAction.APPROVE));
        }
    }
}
