package vn.gov.sonla.awards.song.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.song.ContributorType;
import vn.gov.sonla.awards.song.DeviceKind;
import vn.gov.sonla.awards.song.Evidence;
import vn.gov.sonla.awards.song.LedgerEntries;
import vn.gov.sonla.awards.song.LedgerEntry;
import vn.gov.sonla.awards.song.LedgerRefusal;
import vn.gov.sonla.awards.song.Problem;
import vn.gov.sonla.awards.song.SongDirectory;
import vn.gov.sonla.awards.song.SongFigures;
import vn.gov.sonla.awards.song.SongLedger;

/**
 * The ledger's pages ({@code /song}): the list of entries with those waiting for confirmation, the forms that record
 * a contribution or a hand-over, an entry with its reversal and correction, its receipt, and the export.
 */
@Controller
class LedgerController {

    static final int PAGE_SIZE = 50;

    private final SongLedger ledger;
    private final LedgerEntries ledgerEntries;
    private final SongFigures figures;
    private final SongDirectory directory;
    private final LedgerWorkbook workbook;
    private final MessageSource messages;

    LedgerController(SongLedger ledger, LedgerEntries ledgerEntries, SongFigures figures, SongDirectory directory,
                     LedgerWorkbook workbook, MessageSource messages) {
        this.ledger = ledger;
        this.ledgerEntries = ledgerEntries;
        this.figures = figures;
        this.directory = directory;
        this.workbook = workbook;
        this.messages = messages;
    }

    @GetMapping("/song")
    String ledger(@RequestParam(required = false) Long before, @CurrentActor Actor user, Model model) {
        List<LedgerEntry> entries = ledgerEntries.entries(user, before, PAGE_SIZE + 1);
        boolean more = entries.size() > PAGE_SIZE;
        entries = more ? entries.subList(0, PAGE_SIZE) : entries;
        model.addAttribute("entries", entries);
        model.addAttribute("nextBefore", more ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("keeper", ledger.keeps(user));
        model.addAttribute("mayRecord", ledger.mayRecord(user));
        model.addAttribute("waiting", ledger.keeps(user) ? ledgerEntries.waiting() : List.of());
        model.addAttribute("totals", figures.totals());
        return "song/ledger";
    }

    // --- contributions ----------------------------------------------------------------------------------------

    @GetMapping("/song/contributions/new")
    String newContribution(@CurrentActor Actor user, Model model) {
        if (!ledger.mayRecord(user)) {
            throw new ForbiddenException("song.forbidden");
        }
        model.addAttribute("form", ContributionForm.empty());
        return contributionPage(user, model, null);
    }

    @PostMapping("/song/contributions")
    String record(@Valid @ModelAttribute("form") ContributionForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile evidence, @CurrentActor Actor user, Model model,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        if (!ledger.mayRecord(user)) {
            throw new ForbiddenException("song.forbidden");
        }
        if (errors.hasErrors()) {
            return contributionPage(user, model, null);
        }
        try {
            long id = ledger.record(form.toContribution(evidence(evidence)), user);
            redirect.addFlashAttribute("notice", ledger.keeps(user) ? "song.recorded.notice" : "song.recordedWaiting.notice");
            return "redirect:/song/entries/" + id;
        } catch (LedgerRefusal refused) {
            reject(refused, errors, model, locale);
            return contributionPage(user, model, null);
        }
    }

    // --- distributions ----------------------------------------------------------------------------------------

    @GetMapping("/song/distributions/new")
    String newDistribution(@CurrentActor Actor user, Model model) {
        requireKeeper(user);
        model.addAttribute("form", DistributionForm.empty());
        return distributionPage(model);
    }

    @PostMapping("/song/distributions")
    String distribute(@Valid @ModelAttribute("form") DistributionForm form, BindingResult errors,
                      @RequestParam(required = false) MultipartFile evidence, @CurrentActor Actor user, Model model,
                      RedirectAttributes redirect, Locale locale) throws IOException {
        requireKeeper(user);
        if (errors.hasErrors()) {
            return distributionPage(model);
        }
        try {
            long id = ledger.distribute(form.toDistribution(evidence(evidence)), user);
            redirect.addFlashAttribute("notice", "song.distributed.notice");
            return "redirect:/song/entries/" + id;
        } catch (LedgerRefusal refused) {
            reject(refused, errors, model, locale);
            return distributionPage(model);
        }
    }

    // --- one entry ------------------------------------------------------------------------------------------

    @GetMapping("/song/entries/{id}")
    String entry(@PathVariable long id, @CurrentActor Actor user, Model model) {
        LedgerEntry entry = ledgerEntries.entry(id, user);
        model.addAttribute("entry", entry);
        model.addAttribute("keeper", ledger.keeps(user));
        model.addAttribute("related", ledgerEntries.related(entry));
        return "song/entry";
    }

    @PostMapping("/song/entries/{id}/confirm")
    String confirm(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        ledger.confirm(id, user);
        redirect.addFlashAttribute("notice", "song.confirmed.notice");
        return "redirect:/song";
    }

    @PostMapping("/song/entries/{id}/reverse")
    String reverse(@PathVariable long id, @RequestParam(required = false) String reason, @CurrentActor Actor user,
                   RedirectAttributes redirect) {
        requireKeeper(user);
        if (reason != null && !PlainText.isAllowed(reason, true)) {
            redirect.addFlashAttribute("reverseError", PlainText.REFUSED);
            return "redirect:/song/entries/" + id;
        }
        if (reason != null && reason.length() > 2000) {
            redirect.addFlashAttribute("reverseError", "song.size.2000");
            redirect.addFlashAttribute("typedReason", reason.substring(0, 2000));
            return "redirect:/song/entries/" + id;
        }
        try {
            long reversal = ledger.reverse(id, reason, user);
            redirect.addFlashAttribute("notice", "song.reversed.notice");
            return "redirect:/song/entries/" + reversal;
        } catch (LedgerRefusal refused) {
            redirect.addFlashAttribute("reverseError", refused.problems().get(0).messageKey());
            return "redirect:/song/entries/" + id;
        }
    }

    @GetMapping("/song/entries/{id}/correct")
    String correction(@PathVariable long id, @CurrentActor Actor user, Model model) {
        requireKeeper(user);
        LedgerEntry entry = ledgerEntries.entry(id, user);
        model.addAttribute("form", ContributionForm.of(entry));
        return contributionPage(user, model, entry);
    }

    @PostMapping("/song/entries/{id}/correct")
    String correct(@PathVariable long id, @Valid @ModelAttribute("form") ContributionForm form, BindingResult errors,
                   @RequestParam(required = false) MultipartFile evidence, @CurrentActor Actor user, Model model,
                   RedirectAttributes redirect, Locale locale) throws IOException {
        requireKeeper(user);
        LedgerEntry entry = ledgerEntries.entry(id, user);
        if (errors.hasErrors()) {
            return contributionPage(user, model, entry);
        }
        try {
            long corrected = ledger.correct(id, form.reason(), form.toContribution(evidence(evidence)), user);
            redirect.addFlashAttribute("notice", "song.corrected.notice");
            return "redirect:/song/entries/" + corrected;
        } catch (LedgerRefusal refused) {
            reject(refused, errors, model, locale);
            return contributionPage(user, model, entry);
        }
    }

    @GetMapping("/song/entries/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @CurrentActor Actor user) {
        LedgerEntries.EvidenceFile file = ledgerEntries.evidenceOf(id, user);
        return Downloads.uploaded(file.bytes(), MediaType.parseMediaType(file.mediaType()), file.fileName());
    }

    @GetMapping("/song/export.xlsx")
    ResponseEntity<byte[]> export(@CurrentActor Actor user, Locale locale) {
        if (!ledger.readsAll(user)) {
            throw new ForbiddenException("song.forbidden");
        }
        return Downloads.attachment(workbook.export(locale), Downloads.XLSX, "so-song-va-may-tinh-cho-em", "xlsx");
    }

    // ----------------------------------------------------------------------------------------------------------

    private static Evidence evidence(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new Evidence(file.getOriginalFilename(), file.getBytes());
    }

    /** Each problem next to its field; the receipt's above its file field. */
    private void reject(LedgerRefusal refused, BindingResult errors, Model model, Locale locale) {
        for (Problem p : refused.problems()) {
            if (p.field().equals("evidence")) {
                model.addAttribute("evidenceError", messages.getMessage(p.messageKey(), p.arguments(), locale));
            } else {
                errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }

    private void requireKeeper(Actor user) {
        if (!ledger.keeps(user)) {
            throw new ForbiddenException("song.forbidden");
        }
    }

    private String contributionPage(Actor user, Model model, LedgerEntry correcting) {
        model.addAttribute("keeper", ledger.keeps(user));
        model.addAttribute("correcting", correcting);
        model.addAttribute("contributorTypes", Arrays.stream(ContributorType.values())
                .map(t -> Option.keyed(t, t.labelKey())).toList());
        model.addAttribute("units", directory.units().stream().map(u -> Option.named(u.id(), u.name())).toList());
        addChoices(model);
        return "song/contribution";
    }

    private String distributionPage(Model model) {
        addChoices(model);
        return "song/distribution";
    }

    private void addChoices(Model model) {
        model.addAttribute("districts", directory.districts().stream().map(d -> Option.named(d.id(), d.name())).toList());
        model.addAttribute("deviceKinds", Arrays.stream(DeviceKind.values()).map(k -> Option.keyed(k, k.labelKey())).toList());
        model.addAttribute("schools", directory.schools());
    }
}
