package vn.gov.sonla.awards.audit;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.dossier.DossierAction;

/**
 * The administrator's audit page ({@code /admin/audit}, ADMIN only by the security rules of {@code /admin/**}):
 * search every event of every dossier, check the whole hash chain, and read the daily checkpoints to keep.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    /** Checkpoints shown on the page: a month of days. */
    private static final int CHECKPOINTS_SHOWN = 31;

    private final AuditLog log;
    private final AuditChain chain;
    private final AuditCheckpoints checkpoints;

    AuditController(AuditLog log, AuditChain chain, AuditCheckpoints checkpoints) {
        this.log = log;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @GetMapping
    String search(@RequestParam(required = false) String user, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) Long dossier, @RequestParam(required = false) DossierAction action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditLog.AuditFilter filter = new AuditLog.AuditFilter(user, unit, dossier, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("page", log.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("units", log.actorUnits());
        model.addAttribute("actions", Arrays.asList(DossierAction.values()));
        model.addAttribute("checkpoints", checkpoints.recent(CHECKPOINTS_SHOWN));
        return "audit/search";
    }

    /**
     * Checks the whole chain now, also against the recorded checkpoints (it only reads, but it is a deliberate act:
     * a POST, not a link a crawler follows).
     */
    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verdict", chain.verify(checkpoints.anchors()));
        return "redirect:/admin/audit";
    }
}
