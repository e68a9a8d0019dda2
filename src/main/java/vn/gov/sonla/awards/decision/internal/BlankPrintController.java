package vn.gov.sonla.awards.decision.internal;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.MultiLine;
import vn.gov.sonla.awards.decision.Decisions;

/**
 * Printing a decision's certificates on the blanks (In trên phôi), the calibration page and the office's printer
 * offset — the chairman's office's.
 */
@Controller
class BlankPrintController {

    private final BlankCertificates blanks;
    private final Decisions decisions;

    BlankPrintController(BlankCertificates blanks, Decisions decisions) {
        this.blanks = blanks;
        this.decisions = decisions;
    }

    /** The rows ticked (none: all) and, for a reprint, why. */
    record PrintForm(List<Long> dossierIds, @MultiLine @Size(max = 500) String reason) {
    }

    /** The printer's offset measured on the calibration page. */
    record CalibrationForm(@NotNull @DecimalMin("-20") @DecimalMax("20") BigDecimal dxMm,
                           @NotNull @DecimalMin("-20") @DecimalMax("20") BigDecimal dyMm) {
    }

    @PostMapping("/decisions/issued/{id}/print-on-blanks")
    Object print(@PathVariable long id, @Valid @ModelAttribute PrintForm form, BindingResult errors,
                 @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", "print.reprintNeedsReason");
            return "redirect:/decisions/issued/" + id + "#print-on-blanks";
        }
        try {
            byte[] body = blanks.print(id, form.dossierIds(), form.reason(), user);
            return Downloads.attachment(body, Downloads.PDF, "In-phoi-" + decisions.get(id, user).number(), "pdf");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/decisions/issued/" + id + "#print-on-blanks";
        }
    }

    @GetMapping("/decisions/print/calibration.pdf")
    ResponseEntity<byte[]> calibrationPage() {
        return Downloads.attachment(blanks.calibrationPage("A3", true), Downloads.PDF, "Trang-can-chinh-may-in", "pdf");
    }

    @PostMapping("/decisions/issued/{id}/calibration")
    String calibrate(@PathVariable long id, @Valid @ModelAttribute CalibrationForm form, BindingResult errors,
                     @CurrentActor Actor user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", "print.calibration.invalid");
        } else {
            blanks.calibrate(form.dxMm(), form.dyMm(), user);
            redirect.addFlashAttribute("notice", "print.calibration.saved");
        }
        return "redirect:/decisions/issued/" + id + "#print-on-blanks";
    }
}
