package vn.gov.sonla.awards.song.internal;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
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
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.song.SongLedger;

/** Sở TT&TT's import of the program's existing lists into the ledger, and its template. */
@Controller
class LedgerImportController {

    private final SongLedger ledger;
    private final LedgerImport lists;
    private final LedgerWorkbook workbook;

    LedgerImportController(SongLedger ledger, LedgerImport lists, LedgerWorkbook workbook) {
        this.ledger = ledger;
        this.lists = lists;
        this.workbook = workbook;
    }

    @GetMapping("/song/import")
    String page(@CurrentActor Actor user) {
        requireKeeper(user);
        return "song/import";
    }

    @GetMapping("/song/import/template.xlsx")
    ResponseEntity<byte[]> template(@CurrentActor Actor user, Locale locale) {
        requireKeeper(user);
        return Downloads.attachment(workbook.template(locale), Downloads.XLSX, "mau-nhap-so-song-va-may-tinh", "xlsx");
    }

    @PostMapping("/song/import")
    String upload(@RequestParam(required = false) MultipartFile file, @CurrentActor Actor user, Model model,
                  RedirectAttributes redirect) throws IOException {
        requireKeeper(user);
        LedgerImport.ImportResult result = lists.importLists(file == null ? null : file.getBytes(), user);
        if (!result.problems().isEmpty()) {
            model.addAttribute("problems", result.problems());
            return "song/import";
        }
        redirect.addFlashAttribute("notice", "song.imported.notice");
        redirect.addFlashAttribute("noticeArg", result.contributions() + result.distributions());
        return "redirect:/song";
    }

    private void requireKeeper(Actor user) {
        if (!ledger.keeps(user)) {
            throw new ForbiddenException("song.forbidden");
        }
    }
}
