package vn.gov.sonla.awards.admin;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.decision.PrintField;
import vn.gov.sonla.awards.decision.PrintLayout;
import vn.gov.sonla.awards.decision.PrintLayouts;

/**
 * The print layouts of the award forms' blanks (phôi): the list of award forms with their layout, and for each the
 * paper and the position, size and alignment of every printed field, with a scanned picture of the blank under the
 * fields for an on-screen preview (the picture is never printed).
 */
@Controller
@RequestMapping("/admin/print-layouts")
class PrintLayoutAdminController {

    private final PrintLayoutAdministration administration;
    private final PrintLayouts layouts;
    private final AwardFormRepository awardForms;

    PrintLayoutAdminController(PrintLayoutAdministration administration, PrintLayouts layouts,
                               AwardFormRepository awardForms) {
        this.administration = administration;
        this.layouts = layouts;
        this.awardForms = awardForms;
    }

    /** A printed field on the page: its boxes' name in the form, and its label. */
    record Row(PrintField field, String property) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("entries", layouts.list());
        return "admin/print-layouts";
    }

    @GetMapping("/{awardFormId}")
    String edit(@PathVariable long awardFormId, Model model) {
        AwardForm awardForm = awardForm(awardFormId);
        PrintLayout layout = layouts.layout(awardFormId).orElseGet(() -> PrintLayouts.starting(awardFormId));
        model.addAttribute("form", PrintLayoutForm.of(layout));
        return page(awardForm, model);
    }

    @PostMapping("/{awardFormId}")
    String save(@PathVariable long awardFormId, @ModelAttribute("form") PrintLayoutForm typed, BindingResult bound,
                @CurrentActor Actor admin, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        AwardForm awardForm = awardForm(awardFormId);
        // checked afresh on the complete form: every box is text, so nothing typed is lost to a conversion
        PrintLayoutForm form = typed.complete(request::getParameter);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        form.check(errors);
        if (errors.hasErrors()) {
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page(awardForm, model);
        }
        administration.setLayout(awardFormId, awardForm.getName(), form.chosenPaper(), form.landscape(), form.positions(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.printLayoutSet");
        return "redirect:/admin/print-layouts/" + awardFormId;
    }

    @PostMapping("/{awardFormId}/scan")
    String uploadScan(@PathVariable long awardFormId, @RequestParam(name = "scan", required = false) MultipartFile scan,
                      @CurrentActor Actor admin, RedirectAttributes redirect) throws IOException {
        AwardForm awardForm = awardForm(awardFormId);
        try {
            administration.setScan(awardFormId, awardForm.getName(), scan == null ? new byte[0] : scan.getBytes(), admin);
            redirect.addFlashAttribute("notice", "notice.admin.printScanSet");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("scanError", e.messageKey());
            redirect.addFlashAttribute("scanErrorArgs", e.arguments());
        }
        return "redirect:/admin/print-layouts/" + awardFormId + "#scan";
    }

    @PostMapping("/{awardFormId}/scan/remove")
    String removeScan(@PathVariable long awardFormId, @CurrentActor Actor admin, RedirectAttributes redirect) {
        AwardForm awardForm = awardForm(awardFormId);
        administration.removeScan(awardFormId, awardForm.getName(), admin);
        redirect.addFlashAttribute("notice", "notice.admin.printScanRemoved");
        return "redirect:/admin/print-layouts/" + awardFormId + "#scan";
    }

    /** The scanned picture, for the preview on the administrator's page only. */
    @GetMapping("/{awardFormId}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long awardFormId) {
        PrintLayouts.Scan scan = layouts.scan(awardFormId)
                .orElseThrow(() -> new NotFoundException("scan of award form " + awardFormId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(scan.mediaType()))
                .cacheControl(CacheControl.noStore()).body(scan.content());
    }

    private String page(AwardForm awardForm, Model model) {
        model.addAttribute("awardForm", awardForm);
        model.addAttribute("saved", layouts.layout(awardForm.getId()).orElse(null));
        model.addAttribute("rows", Arrays.stream(PrintField.values())
                .map(f -> new Row(f, PrintLayoutForm.property(f))).toList());
        model.addAttribute("papers", List.of(Option.named("A3", "A3 (297 × 420 mm)"), Option.named("A4", "A4 (210 × 297 mm)")));
        model.addAttribute("orientations", List.of(Option.keyed(PrintLayoutForm.LANDSCAPE, "print.orientation.LANDSCAPE"),
                Option.keyed(PrintLayoutForm.PORTRAIT, "print.orientation.PORTRAIT")));
        model.addAttribute("aligns", Arrays.stream(PrintLayout.Align.values()).map(a -> Option.keyed(a, a.labelKey())).toList());
        model.addAttribute("fieldNames", fieldNames());
        model.addAttribute("maxScanMb", PrintLayouts.MAX_SCAN_BYTES / (1024 * 1024));
        return "admin/print-layout";
    }

    /** The form's boxes in its order, for the error summary's links. */
    private static List<String> fieldNames() {
        List<String> names = new java.util.ArrayList<>(List.of("paper", "orientation"));
        for (PrintField f : PrintField.values()) {
            String p = PrintLayoutForm.property(f);
            names.addAll(List.of(p + ".x", p + ".y", p + ".size", p + ".align"));
        }
        return names;
    }

    private AwardForm awardForm(long id) {
        return awardForms.findById(id).orElseThrow(() -> new NotFoundException("award form " + id));
    }
}
