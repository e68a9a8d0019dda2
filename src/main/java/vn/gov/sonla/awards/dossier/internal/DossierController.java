package vn.gov.sonla.awards.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.common.PageLinks;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierFacts;
import vn.gov.sonla.awards.dossier.DossierHistoryEntries;
import vn.gov.sonla.awards.dossier.DossierHistoryEntry;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.DossierRow;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.FilingSection;

/** The clerk's list of dossiers, and the dossier page every role sees within its scope, with its files. */
@Controller
class DossierController {

    private static final int PAGE_SIZE = 20;

    private final Dossiers dossiers;
    private final FilingOptions options;
    private final List<DossierFacts> facts;
    private final List<DossierHistoryEntries> entries;

    DossierController(Dossiers dossiers, FilingOptions options, List<DossierFacts> facts,
                      List<DossierHistoryEntries> entries) {
        this.facts = facts;
        this.entries = entries;
        this.dossiers = dossiers;
        this.options = options;
    }

    @GetMapping("/dossiers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long campaignId,
                @RequestParam(required = false) DossierStatus status, @RequestParam(required = false) Long awardFormId,
                @RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                @CurrentActor Actor user, HttpServletRequest request, Model model) {
        DossierFilter filter = new DossierFilter(q, campaignId, status, awardFormId);
        model.addAttribute("filter", filter);
        KeysetPage<DossierRow> page = dossiers.list(user, filter, Keyset.of(after, before, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pageLinks", PageLinks.of(request, page));
        model.addAttribute("campaigns", options.campaigns());
        model.addAttribute("awardForms", options.awardForms());
        model.addAttribute("statuses", Arrays.stream(DossierStatus.values())
                .map(s -> Option.keyed(s, s.labelKey())).toList());
        return "dossiers/list";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long compareFrom,
                @RequestParam(required = false) Long compareTo, @CurrentActor Actor user, Locale locale, Model model) {
        Dossier dossier = dossiers.show(id, user);
        model.addAttribute("dossier", dossier);
        DossierView view = dossiers.view(id, user);
        // the uploads of its documents' signed originals: kept by the modules that keep the documents
        List<DossierHistoryEntry> others = entries.stream().flatMap(e -> e.of(view, locale).stream()).toList();
        addTimelineAndSnapshots(dossier, others, dossiers.snapshots(id, user), compareFrom, compareTo, model);
        model.addAttribute("can", new Permissions(dossier, user));
        model.addAttribute("tasks", TaskList.of(dossier));
        model.addAttribute("homeAffairsReturn", homeAffairsReturn(dossier));
        // Home Affairs' opinion, the decision, the letter to the central level: kept by the modules that decide them
        facts.forEach(f -> model.addAllAttributes(f.of(id, user)));
        if (user.role() == Role.DEPARTMENT || user.role() == Role.APPRAISER || user.role() == Role.CHAIRMAN_OFFICE) {
            // what the reviewers and decision makers weigh: the same nominee elsewhere in the campaign, earlier awards
            model.addAttribute("duplicates", dossiers.duplicatesOf(dossier));
            model.addAttribute("earlierAwards", dossiers.earlierAwardsOf(dossier));
        }
        if (model.getAttribute("can") instanceof Permissions p && p.review()) {
            model.addAttribute("awardForms", options.awardForms());
            model.addAttribute("sections", FilingSection.values());
        }
        // the dossiers before and after it in the submission, draft or queue the person works through
        model.addAttribute("neighbours", dossiers.neighboursOf(dossier, user));
        model.addAttribute("submissionBase", switch (user.role()) {
            case DEPARTMENT -> "/review/submissions";
            case APPRAISER -> "/appraisal/submissions";
            case CHAIRMAN_OFFICE -> "/decisions/submissions";
            case CLERK, ADMIN -> null;
        });
        return "dossiers/detail";
    }

    /** A file of the dossier, for whoever may see the dossier; always as a download, under a safe name. */
    @GetMapping("/dossiers/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
                                    @CurrentActor Actor user) {
        AttachedFile file = dossiers.download(id, attachmentId, user);
        return Downloads.uploaded(file.bytes(), MediaType.parseMediaType(file.mediaType()), file.fileName());
    }

    /**
     * The step by which Home Affairs sent the dossier back, while the department has not acted on it since
     * (the reason is shown on top of the page); null otherwise.
     */
    static DossierEvent homeAffairsReturn(Dossier dossier) {
        if (dossier.getStatus() != DossierStatus.SUBMITTED) {
            return null;
        }
        List<DossierEvent> history = dossier.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            DossierEvent e = history.get(i);
            if (e.getFromStatus() != e.getToStatus()) {
                return e.getAction() == DossierAction.RETURN_TO_DEPARTMENT ? e : null;
            }
        }
        return null;
    }

    /**
     * The history without the views (the timeline: the steps and, in time order among them, the entries other
     * modules keep about the dossier), the views apart (who outside the unit opened the dossier), and the frozen
     * copies with the difference between two of them: by default the last two.
     */
    private static void addTimelineAndSnapshots(Dossier dossier, List<DossierHistoryEntry> others,
                                                List<DossierSnapshots.Snapshot> snapshots,
                                                Long compareFrom, Long compareTo, Model model) {
        List<TimelineRow> timeline = new ArrayList<>(dossier.getHistory().stream()
                .filter(e -> e.getAction() != DossierAction.VIEW).map(TimelineRow::of).toList());
        others.forEach(o -> timeline.add(TimelineRow.of(o)));
        // stable: a step and another entry at the same instant keep the step first
        timeline.sort(Comparator.comparing(TimelineRow::occurredAt));
        model.addAttribute("timeline", timeline);
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

    /**
     * A line of the dossier's history as its page shows it: a step (its action and stages) or an entry another
     * module keeps (its text).
     */
    public record TimelineRow(Instant occurredAt, String actorName, String actorUnitName, DossierAction action,
                              String what, DossierStatus fromStatus, DossierStatus toStatus, String note) {

        static TimelineRow of(DossierEvent e) {
            return new TimelineRow(e.getOccurredAt(), e.getActorName(), e.getActorUnitName(), e.getAction(), null,
                    e.getFromStatus(), e.getToStatus(), e.getNote());
        }

        static TimelineRow of(DossierHistoryEntry e) {
            return new TimelineRow(e.occurredAt(), e.actorName(), e.actorUnitName(), null, e.what(), null, null, e.note());
        }
    }

    /** What the person looking at the dossier may do now, for the buttons of the page. */
    public record Permissions(boolean edit, boolean submit, boolean withdraw, boolean review, boolean appraise,
                              boolean decide, boolean decline, boolean returnToDepartment) {

        Permissions(Dossier d, Actor u) {
            this(DossierPolicy.allows(d, u, DossierAction.EDIT),
                    DossierStatus.EDITABLE.contains(d.getStatus()) && DossierPolicy.allows(d, u,
                            d.getUnit().isHeadSigns() ? DossierAction.PRESENT_TO_UNIT_HEAD : DossierAction.SUBMIT),
                    DossierPolicy.allows(d, u, DossierAction.WITHDRAW) && d.sentByTheUnitAndUntouched(),
                    DossierPolicy.allows(d, u, DossierAction.ACCEPT),
                    DossierPolicy.allows(d, u, DossierAction.APPRAISE),
                    DossierPolicy.allows(d, u, DossierAction.APPROVE),
                    // an approval is declined until the decision is issued: on an approved dossier, declining is all
                    DossierPolicy.allows(d, u, DossierAction.DECLINE),
                    DossierPolicy.allows(d, u, DossierAction.RETURN_TO_DEPARTMENT));
        }
    }
}
