package vn.gov.sonla.awards.dossier.internal;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.campaign.NomineeType;

/** Bulk filing: the clerk downloads the template, fills in many individual nominees and uploads it. */
@Controller
class ImportController {

    private final BulkFiling bulk;
    private final FilingOptions options;

    ImportController(BulkFiling bulk, FilingOptions options) {
        this.bulk = bulk;
        this.options = options;
    }

    @GetMapping("/dossiers/import")
    String page(Model model) {
        return page(model, null, null);
    }

    @GetMapping("/dossiers/import/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return Downloads.attachment(bulk.template(locale), Downloads.XLSX, "mau-de-nghi-khen-thuong", "xlsx");
    }

    @PostMapping("/dossiers/import")
    String upload(@RequestParam(required = false) Long campaignId, @RequestParam(required = false) Long awardFormId,
                  @RequestParam(required = false) MultipartFile file, @CurrentActor Actor clerk,
                  Model model, RedirectAttributes redirect) throws IOException {
        // the sheet lists individuals: an award form for collectives only is refused like any other wrong choice
        if (!options.offersCampaign(campaignId) || !options.allowsTogether(campaignId, awardFormId)
                || !options.appliesTo(awardFormId, NomineeType.INDIVIDUAL)) {
            model.addAttribute("choiceError", "import.choose");
            return page(model, campaignId, awardFormId);
        }
        ImportResult result = bulk.importRows(campaignId, awardFormId, file == null ? null : file.getBytes(), clerk);
        if (!result.succeeded()) {
            model.addAttribute("problems", result.problems());
            return page(model, campaignId, awardFormId);
        }
        redirect.addFlashAttribute("notice", "notice.import.done");
        redirect.addFlashAttribute("noticeArg", result.created().size());
        return "redirect:/dossiers?status=DRAFT";
    }

    private String page(Model model, Long campaignId, Long awardFormId) {
        model.addAttribute("campaigns", options.campaigns());
        model.addAttribute("awardForms", options.awardForms());
        model.addAttribute("chosenCampaign", campaignId == null ? "" : campaignId.toString());
        model.addAttribute("chosenAwardForm", awardFormId == null ? "" : awardFormId.toString());
        model.addAttribute("columns", BulkFiling.Column.values());
        return "dossiers/import";
    }
}
