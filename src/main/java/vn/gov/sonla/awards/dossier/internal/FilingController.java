package vn.gov.sonla.awards.dossier.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.AttachmentKind;
import vn.gov.sonla.awards.dossier.CriterionDeclaration;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.QuotaStandings;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.common.PlainText;

/**
 * The clerk's filing: a dossier is a task list of sections (start, nominee, achievements, criteria,
 * attachments), each saved to the server on its own, then a check page and the submission. Invalid input
 * comes back with its errors and everything the clerk typed.
 */
@Controller
class FilingController {

    private final Dossiers dossiers;
    private final FilingOptions options;
    private final FileInspector inspector;
    private final QuotaStandings quotas;
    private final UnitSteps unitSteps;

    FilingController(Dossiers dossiers, FilingOptions options, FileInspector inspector, QuotaStandings quotas, UnitSteps unitSteps) {
        this.unitSteps = unitSteps;
        this.dossiers = dossiers;
        this.options = options;
        this.inspector = inspector;
        this.quotas = quotas;
    }

    // --- Start: campaign, award form, kind and name of the nominee -----------------------------------------

    @GetMapping("/dossiers/new")
    String newDossier(@CurrentActor Actor clerk, Model model) {
        model.addAttribute("form", StartForm.empty());
        return startPage(model, null, clerk);
    }

    @PostMapping("/dossiers")
    String create(@Valid @ModelAttribute("form") StartForm form, BindingResult errors,
                  @CurrentActor Actor clerk, Model model, RedirectAttributes redirect) {
        checkChoices(form, errors);
        if (errors.hasErrors()) {
            return startPage(model, null, clerk);
        }
        DossierView dossier = unitSteps.create(form.toCommand(), clerk);
        redirect.addFlashAttribute("notice", "notice.dossier.created");
        return "redirect:/dossiers/" + dossier.id();
    }

    @GetMapping("/dossiers/{id}/edit/start")
    String editStart(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        Dossier dossier = editable(id, clerk, model);
        model.addAttribute("form", StartForm.of(dossier));
        return startPage(model, id, clerk);
    }

    @PostMapping("/dossiers/{id}/start")
    String saveStart(@PathVariable long id, @Valid @ModelAttribute("form") StartForm form, BindingResult errors,
                     @CurrentActor Actor clerk, Model model, RedirectAttributes redirect) {
        editable(id, clerk, model);
        checkChoices(form, errors);
        if (errors.hasErrors() || form.version() == null) {
            return startPage(model, id, clerk);
        }
        unitSteps.changeAward(id, form.version(), form.toCommand(), clerk);
        return saved(id, redirect);
    }

    // --- Nominee ------------------------------------------------------------------------------------------

    @GetMapping("/dossiers/{id}/edit/nominee")
    String editNominee(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        model.addAttribute("form", NomineeForm.of(editable(id, clerk, model)));
        return nomineePage(model);
    }

    @PostMapping("/dossiers/{id}/nominee")
    String saveNominee(@PathVariable long id, @Valid @ModelAttribute("form") NomineeForm form, BindingResult errors,
                       @CurrentActor Actor clerk, Model model, RedirectAttributes redirect) {
        Dossier dossier = editable(id, clerk, model);
        if (form.nomineeName() == null || form.nomineeName().isBlank()) {
            // the form speaks of a person or of a collective, as the dossier nominates
            errors.rejectValue("nomineeName", dossier.getNomineeType() == NomineeType.INDIVIDUAL
                    ? "validation.nomineeName.individual" : "validation.nomineeName.collective");
        }
        if (dossier.getNomineeType() == NomineeType.INDIVIDUAL && form.birthYear() != null && form.birthDate() != null
                && form.birthYear() != form.birthDate().getYear()) {
            errors.rejectValue("birthYear", "validation.birthYear.mismatch");
        }
        if (errors.hasErrors()) {
            return nomineePage(model);
        }
        unitSteps.describeNominee(id, form.version(), form.toNominee(dossier.getNomineeType()), clerk);
        return saved(id, redirect);
    }

    // --- Achievements -------------------------------------------------------------------------------------

    @GetMapping("/dossiers/{id}/edit/achievements")
    String editAchievements(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        Dossier dossier = editable(id, clerk, model);
        model.addAttribute("form", new AchievementsForm(dossier.getAchievementSummary(), dossier.getVersion()));
        return "dossiers/achievements";
    }

    @PostMapping("/dossiers/{id}/achievements")
    String saveAchievements(@PathVariable long id, @Valid @ModelAttribute("form") AchievementsForm form,
                            BindingResult errors, @CurrentActor Actor clerk, Model model,
                            RedirectAttributes redirect) {
        editable(id, clerk, model);
        if (errors.hasErrors()) {
            return "dossiers/achievements";
        }
        unitSteps.describeAchievements(id, form.version(), form.achievementSummary(), clerk);
        return saved(id, redirect);
    }

    // --- Criteria checklist -------------------------------------------------------------------------------

    @GetMapping("/dossiers/{id}/edit/criteria")
    String editCriteria(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        editable(id, clerk, model);
        return "dossiers/criteria";
    }

    /**
     * The checklist posts {@code met} (positions of the criteria declared met), {@code evidence-<position>} notes and
     * {@code noBreach}; only the dossier's own criteria are read from it.
     */
    @PostMapping("/dossiers/{id}/criteria")
    String saveCriteria(@PathVariable long id, @RequestParam long version,
                        @RequestParam(name = "met", required = false) List<Integer> met,
                        @RequestParam(name = "noBreach", defaultValue = "false") boolean noBreach,
                        @RequestParam Map<String, String> params, @CurrentActor Actor clerk,
                        Model model, RedirectAttributes redirect) {
        Dossier dossier = editable(id, clerk, model);
        Map<Integer, CriterionDeclaration> declarations = new HashMap<>();
        Map<Integer, String> evidenceErrors = new TreeMap<>();
        for (DossierCriterion line : dossier.getCriteria()) {
            int position = line.getPosition();
            String evidence = params.get("evidence-" + position);
            if (evidence != null && evidence.length() > 4000) {
                evidenceErrors.put(position, "validation.size.4000");
            } else if (!PlainText.isAllowed(evidence, true)) {
                evidenceErrors.put(position, PlainText.REFUSED);
            }
            declarations.put(position, new CriterionDeclaration(met != null && met.contains(position), evidence));
        }
        if (!evidenceErrors.isEmpty()) {
            model.addAttribute("typed", declarations);
            model.addAttribute("typedNoBreach", noBreach);
            model.addAttribute("evidenceErrors", evidenceErrors);
            return "dossiers/criteria";
        }
        unitSteps.declareCriteria(id, version, declarations, noBreach, clerk);
        return saved(id, redirect);
    }

    // --- Attachments --------------------------------------------------------------------------------------

    @GetMapping("/dossiers/{id}/edit/attachments")
    String editAttachments(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        editable(id, clerk, model);
        return attachmentsPage(model);
    }

    @PostMapping("/dossiers/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam(required = false) AttachmentKind kind,
                  @RequestParam(required = false) MultipartFile file, @CurrentActor Actor clerk,
                  Model model, RedirectAttributes redirect) throws IOException {
        editable(id, clerk, model);
        if (kind == null) {
            model.addAttribute("uploadError", "upload.kindRequired");
            return attachmentsPage(model);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "upload.empty");
            model.addAttribute("chosenKind", kind);
            return attachmentsPage(model);
        }
        try {
            Attachment attachment = unitSteps.attach(id, kind, file.getOriginalFilename(), file.getBytes(), clerk);
            redirect.addFlashAttribute("notice", "notice.attachment.added");
            redirect.addFlashAttribute("noticeArg", attachment.getFileName());
        } catch (RejectedFileException refused) {
            model.addAttribute("uploadError", refused.messageKey());
            model.addAttribute("uploadErrorArg", refused.arguments().length > 0 ? refused.arguments()[0] : null);
            model.addAttribute("chosenKind", kind);
            return attachmentsPage(model);
        }
        return "redirect:/dossiers/" + id + "/edit/attachments";
    }

    @PostMapping("/dossiers/{id}/attachments/{attachmentId}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId,
                            @CurrentActor Actor clerk, RedirectAttributes redirect) {
        unitSteps.detach(id, attachmentId, clerk);
        redirect.addFlashAttribute("notice", "notice.attachment.removed");
        return "redirect:/dossiers/" + id + "/edit/attachments";
    }

    // --- Check, submit, withdraw ----------------------------------------------------------------------------

    @GetMapping("/dossiers/{id}/check")
    String check(@PathVariable long id, @CurrentActor Actor clerk, Model model) {
        Dossier dossier = dossiers.get(id, clerk);
        DossierPolicy.require(dossier, clerk, dossier.getUnit().isHeadSigns() ? DossierAction.PRESENT_TO_UNIT_HEAD
                : DossierAction.SUBMIT);
        return checkPage(dossier, model);
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
                  @CurrentActor Actor clerk, Model model, RedirectAttributes redirect) {
        Dossier dossier = dossiers.get(id, clerk);
        DossierPolicy.require(dossier, clerk, dossier.getUnit().isHeadSigns() ? DossierAction.PRESENT_TO_UNIT_HEAD
                : DossierAction.SUBMIT);
        boolean noteMissing = !dossiers.duplicatesOf(dossier).isEmpty() && (note == null || note.isBlank());
        String noteError = noteMissing ? "validation.duplicateNote.required"
                : note != null && note.length() > 4000 ? "validation.size.4000"
                : !PlainText.isAllowed(note, true) ? PlainText.REFUSED : null;
        if (noteError != null || !dossier.missing().isEmpty()) {
            model.addAttribute("noteError", noteError);
            model.addAttribute("typedNote", note);
            return checkPage(dossier, model);
        }
        if (dossier.getUnit().isHeadSigns()) {
            unitSteps.presentToUnitHead(id, version, note, clerk);
            redirect.addFlashAttribute("notice", "notice.dossier.presentedToUnitHead");
        } else {
            unitSteps.submit(id, version, note, clerk);
            redirect.addFlashAttribute("notice", "notice.dossier.submitted");
        }
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, @CurrentActor Actor clerk,
                    RedirectAttributes redirect) {
        unitSteps.withdraw(id, version, clerk);
        redirect.addFlashAttribute("notice", "notice.dossier.withdrawn");
        return "redirect:/dossiers/" + id;
    }

    // --- Pages ----------------------------------------------------------------------------------------------

    private Dossier editable(long id, Actor clerk, Model model) {
        Dossier dossier = dossiers.get(id, clerk);
        DossierPolicy.require(dossier, clerk, DossierAction.EDIT);
        model.addAttribute("dossier", dossier);
        return dossier;
    }

    private String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "notice.dossier.saved");
        return "redirect:/dossiers/" + id;
    }

    private String startPage(Model model, Long id, Actor clerk) {
        model.addAttribute("dossierId", id);
        model.addAttribute("quotas", quotas.ofUnit(clerk.unitId()));
        model.addAttribute("campaigns", options.campaigns());
        model.addAttribute("awardForms", options.awardForms());
        model.addAttribute("nomineeTypes", options.nomineeTypes());
        return "dossiers/start";
    }

    private String nomineePage(Model model) {
        model.addAttribute("genders", options.genders());
        return "dossiers/nominee";
    }

    private String attachmentsPage(Model model) {
        model.addAttribute("kinds", options.attachmentKinds());
        model.addAttribute("maxMegabytes", inspector.maxBytes() / (1024 * 1024));
        return "dossiers/attachments";
    }

    private String checkPage(Dossier dossier, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("tasks", TaskList.of(dossier));
        model.addAttribute("duplicates", dossiers.duplicatesOf(dossier));
        model.addAttribute("headSigns", dossier.getUnit().isHeadSigns());
        return "dossiers/check";
    }

    /** A crafted POST may name a campaign or award form that is not offered: refuse it on the field. */
    private void checkChoices(StartForm form, BindingResult errors) {
        if (form.campaignId() != null && !options.offersCampaign(form.campaignId())) {
            errors.rejectValue("campaignId", "validation.campaign.required");
        }
        if (form.awardFormId() != null && !options.offersAwardForm(form.awardFormId())) {
            errors.rejectValue("awardFormId", "validation.awardForm.required");
        } else if (form.campaignId() != null && form.awardFormId() != null && !errors.hasFieldErrors("campaignId")
                && !options.allowsTogether(form.campaignId(), form.awardFormId())) {
            errors.rejectValue("awardFormId", "error.awardForm.notInCampaign");
        }
        if (form.awardFormId() != null && form.nomineeType() != null && !errors.hasFieldErrors("awardFormId")
                && !options.appliesTo(form.awardFormId(), form.nomineeType())) {
            errors.rejectValue("nomineeType", "error.awardForm.notForNomineeType");
        }
    }
}
