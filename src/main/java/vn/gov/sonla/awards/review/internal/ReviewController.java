package vn.gov.sonla.awards.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.campaign.Campaigns;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.AlreadyDoneException;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.common.PageLinks;
import vn.gov.sonla.awards.common.PageReads;
import vn.gov.sonla.awards.common.ReferenceCache;
import vn.gov.sonla.awards.dossier.DossierRow;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.QuotaStandings;
import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.organisation.UnitType;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionRow;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.SubmissionSigning;
import vn.gov.sonla.awards.review.Submissions;

/**
 * The compiling department's lists and submissions: the queue and its bulk accept, the accepted dossiers to compile,
 * the drafts and the submissions sent. The steps on one dossier, from its page, are {@link DossierReviewController}'s.
 */
@Controller
public class ReviewController {

    private static final int PAGE_SIZE = 20;

    private final Dossiers dossiers;
    private final Submissions submissions;
    private final SubmissionSigning signing;
    private final UnitRepository units;
    private final MessageSource messages;
    private final int defaultDeadline;
    private final Clock clock;
    private final DepartmentSteps departmentSteps;
    private final Campaigns campaigns;
    private final ReferenceCache cache;
    private final WorkingCalendar calendar;
    private final PageReads pageReads;
    private final QuotaStandings quotas;

    ReviewController(PageReads pageReads, QuotaStandings quotas, Dossiers dossiers, Submissions submissions,
                     SubmissionSigning signing, UnitRepository units, MessageSource messages, ReferenceCache cache,
                     @Value("${awards.deadline.working-days:10}") int defaultDeadline, Clock clock,
                     DepartmentSteps departmentSteps, Campaigns campaigns, WorkingCalendar calendar) {
        this.pageReads = pageReads;
        this.quotas = quotas;
        this.calendar = calendar;
        this.departmentSteps = departmentSteps;
        this.campaigns = campaigns;
        this.clock = clock;
        this.cache = cache;
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.signing = signing;
        this.units = units;
        this.messages = messages;
        this.defaultDeadline = defaultDeadline;
    }

    /**
     * The queue: dossiers waiting for review (filtered, searched without diacritics, paginated, with the
     * working days they have waited and whether that is past the campaign's deadline). The accepted ones to compile
     * and the submissions sent are the next two tabs (/review/accepted, /review/submissions).
     */
    @GetMapping("/review")
    String queue(@RequestParam(required = false) String q, @RequestParam(required = false) DossierStatus status,
                 @RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) Long districtId, @RequestParam(required = false) Long awardFormId,
                 @RequestParam(required = false) NomineeType nomineeType, @RequestParam(required = false) Boolean frontline,
                 @RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                 @RequestParam(required = false) Boolean waiting,
                 @CurrentActor Actor user, HttpServletRequest request, Model model) {
        DossierFilter filter = new DossierFilter(q, null, status == null ? DossierStatus.SUBMITTED : status, awardFormId,
                unitId, districtId, nomineeType, frontline);
        // every stage that waits on the department (the home page's figure), or the one stage chosen
        boolean allWaiting = Boolean.TRUE.equals(waiting) && status == null;
        model.addAttribute("allWaiting", allWaiting);
        pageReads.run(() -> {
            KeysetPage<DossierRow> page = allWaiting
                    ? dossiers.listAtStages(user, filter, DossierStatus.waitingOn(DossierStatus.Party.COMPILING_DEPARTMENT),
                            Keyset.of(after, before, PAGE_SIZE))
                    : dossiers.list(user, filter, Keyset.of(after, before, PAGE_SIZE));
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("page", page);
            model.addAttribute("pageLinks", PageLinks.of(request, page));
            model.addAttribute("rows", page.items().stream().map(d -> QueueRow.of(d, today, defaultDeadline, calendar)).toList());
            // a dossier the unit sent again after a return: marked, with the comparison of what it changed
            model.addAttribute("resubmitted", dossiers.resubmissionsAmong(page.items().stream()
                    .filter(d -> d.status() == DossierStatus.SUBMITTED).map(DossierRow::id).toList()));
            model.addAttribute("overQuota", quotas.exceededInCampaignsOf(user.unitId()));
        });
        model.addAttribute("stages", java.util.Arrays.stream(DossierStatus.values())
                .filter(st -> st != DossierStatus.DRAFT).map(st -> Option.keyed(st, st.labelKey())).toList());
        filterChoices(filter, model);
        return "review/queue";
    }

    /**
     * Accepted dossiers not yet in a draft submission, those accepted longest ago first, narrowed by the queue's
     * filter (its stage aside): the ones to compile into a submission.
     */
    @GetMapping("/review/accepted")
    String accepted(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                    @RequestParam(required = false) Long districtId, @RequestParam(required = false) Long awardFormId,
                    @RequestParam(required = false) NomineeType nomineeType, @RequestParam(required = false) Boolean frontline,
                    @CurrentActor Actor user, Model model) {
        DossierFilter filter = new DossierFilter(q, null, null, awardFormId, unitId, districtId, nomineeType, frontline);
        pageReads.run(() -> {
            KeysetPage<DossierRow> accepted = dossiers.acceptedOutsideDrafts(user, filter, Dossiers.QUEUE_LIMIT);
            model.addAttribute("accepted", accepted.items());
            model.addAttribute("acceptedMore", accepted.nextAfter() != null);
            if (!accepted.items().isEmpty()) {
                // the number "add all" would place, counted up to the lists' cap (the next page states it exactly)
                long matching = dossiers.countAcceptedOutsideDraftsUpToCap(user, filter);
                model.addAttribute("matching", Math.min(matching, KeysetPage.COUNT_CAP));
                model.addAttribute("matchingCapped", matching > KeysetPage.COUNT_CAP);
            }
        });
        filterChoices(filter, model);
        return "review/accepted";
    }

    /** The department's submissions, drafts and sent ones, newest first, page by page. */
    @GetMapping("/review/submissions")
    String submissions(@RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                       @CurrentActor Actor user, HttpServletRequest request, Model model) {
        KeysetPage<SubmissionRow> page = submissions.ofDepartment(user, Keyset.of(after, before, PAGE_SIZE));
        model.addAttribute("submissions", page.items());
        model.addAttribute("pageLinks", PageLinks.of(request, page));
        model.addAttribute("firstPage", page.first());
        model.addAttribute("tabQuery", "");
        return "review/submissions";
    }

    /** The filter's choices, and the filter itself, which the tabs carry from one list to the other. */
    private void filterChoices(DossierFilter filter, Model model) {
        model.addAttribute("filter", filter);
        // at national scale a province has thousands of units: the unit filter lists those of the chosen district
        List<Option> districts = new java.util.ArrayList<>(cache.list("review.districts", () -> units
                .findByTypeAndActiveTrueOrderByName(UnitType.DISTRICT).stream().map(u -> Option.named(u.getId(), u.getName())).toList()));
        districts.add(0, Option.named(DossierFilter.PROVINCIAL_LEVEL, messages.getMessage("queue.provincialLevel", null,
                LocaleContextHolder.getLocale())));
        model.addAttribute("districts", districts);
        // a unit chosen without its district stays listed, so that the filter can be seen and cleared
        Long unitId = filter.unitId();
        Long districtId = filter.districtId();
        List<Unit> unitChoices = districtId == null
                ? (unitId == null ? List.<Unit>of() : units.findById(unitId).stream().toList())
                : districtId == DossierFilter.PROVINCIAL_LEVEL ? units.atProvincialLevel() : units.inDistrict(districtId);
        model.addAttribute("units", unitChoices.stream().map(u -> Option.named(u.getId(), u.getName())).toList());
        model.addAttribute("awardForms", cache.list("review.awardForms", () -> campaigns.routedAwardForms()
                .stream().map(a -> Option.named(a.getId(), a.getName())).toList()));
        model.addAttribute("nomineeTypes", List.of(Option.keyed(NomineeType.INDIVIDUAL, "nomineeType.INDIVIDUAL"),
                Option.keyed(NomineeType.COLLECTIVE, "nomineeType.COLLECTIVE")));
        model.addAttribute("yesNo", List.of(Option.keyed(true, "common.yes"), Option.keyed(false, "common.no")));
        model.addAttribute("tabQuery", tabQuery(filter));
    }

    /** The filter as the query string of the tabs' links ("" when nothing is filtered). */
    public static String tabQuery(DossierFilter filter) {
        StringBuilder query = new StringBuilder();
        filterParameters(filter).forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name)
                .append('=').append(java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The queue's filter as request parameters, those set only: what the tabs and a bulk accept carry along. */
    static java.util.Map<String, Object> filterParameters(DossierFilter filter) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("q", filter.q() == null || filter.q().isBlank() ? null : filter.q());
        values.put("districtId", filter.districtId());
        values.put("unitId", filter.unitId());
        values.put("awardFormId", filter.awardFormId());
        values.put("nomineeType", filter.nomineeType());
        values.put("frontline", filter.frontline());
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    /** Accepts each chosen dossier on its own; those held by others or already moved are reported, not forced. */
    @PostMapping("/review/accept-selected")
    String acceptSelected(@ModelAttribute SelectedDossiers selected,
                          @RequestParam(required = false) String q, @RequestParam(required = false) Long districtId,
                          @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long awardFormId,
                          @RequestParam(required = false) NomineeType nomineeType,
                          @RequestParam(required = false) Boolean frontline,
                          @CurrentActor Actor user, RedirectAttributes redirect) {
        // back to the queue as it was filtered; its tab of accepted dossiers keeps the filter, to compile them
        filterParameters(new DossierFilter(q, null, null, awardFormId, unitId, districtId, nomineeType, frontline))
                .forEach(redirect::addAttribute);
        if (selected.dossierIds().isEmpty()) {
            redirect.addFlashAttribute("failure", "error.selection.empty");
            return "redirect:/review";
        }
        Map<Long, Long> shown = selected.versions();
        List<String> skipped = new ArrayList<>();
        int accepted = 0;
        for (Long id : selected.dossierIds()) {
            try {
                Long version = shown.get(id);
                if (version == null) {
                    throw new ConflictException("error.stale");
                }
                departmentSteps.accept(id, version, user);
                accepted++;
            } catch (ConflictException | ForbiddenException refused) {
                skipped.add(messages.getMessage("review.skipped", new Object[] {nomineeName(id, user),
                        messages.getMessage(refused, LocaleContextHolder.getLocale())}, LocaleContextHolder.getLocale()));
            } catch (NotFoundException notVisible) {
                skipped.add(messages.getMessage("review.skippedUnknown", new Object[] {id}, LocaleContextHolder.getLocale()));
            }
        }
        redirect.addFlashAttribute("notice", "notice.dossier.acceptedMany");
        redirect.addFlashAttribute("noticeArg", accepted + "/" + selected.dossierIds().size());
        redirect.addFlashAttribute("skipped", skipped);
        return "redirect:/review";
    }

    private String nomineeName(long id, Actor user) {
        try {
            return dossiers.view(id, user).nomineeName();
        } catch (NotFoundException e) {
            return "#" + id;
        }
    }

    @GetMapping("/review/submissions/{id}")
    String submission(@PathVariable long id, @CurrentActor Actor user, Model model) {
        SubmissionView submission = submissions.get(id, user);
        model.addAttribute("submission", submission);
        if (submission.status() == SubmissionStatus.AWAITING_SIGNATURE) {
            model.addAttribute("dossiers", dossiers.inDraft(user, id));
        } else if (submission.status() == SubmissionStatus.DRAFT) {
            model.addAttribute("dossiers", dossiers.inDraft(user, id));
            KeysetPage<DossierRow> addable = dossiers.acceptedOutsideDrafts(user, DossierFilter.none(), Dossiers.QUEUE_LIMIT);
            model.addAttribute("addable", addable.items());
            model.addAttribute("addableMore", addable.nextAfter() != null);
        } else {
            model.addAttribute("dossiers", dossiers.inSubmission(user, id));
        }
        return "review/submission";
    }

    @PostMapping("/review/submissions/{id}/add")
    String addToDraft(@PathVariable long id, @RequestParam(name = "dossierIds", required = false) List<Long> dossierIds,
                      @CurrentActor Actor user, RedirectAttributes redirect) {
        if (dossierIds == null || dossierIds.isEmpty()) {
            redirect.addFlashAttribute("failure", "error.selection.empty");
        } else {
            submissions.addToDraft(id, dossierIds, user);
            redirect.addFlashAttribute("notice", "notice.draft.changed");
        }
        return "redirect:/review/submissions/" + id;
    }

    @PostMapping("/review/submissions/{id}/dossiers/{dossierId}/remove")
    String removeFromDraft(@PathVariable long id, @PathVariable long dossierId, @CurrentActor Actor user,
                           RedirectAttributes redirect) {
        submissions.removeFromDraft(id, dossierId, user);
        redirect.addFlashAttribute("notice", "notice.draft.changed");
        return "redirect:/review/submissions/" + id;
    }

    @PostMapping("/review/submissions/{id}/present")
    String present(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        try {
            signing.present(id, user);
            redirect.addFlashAttribute("notice", "notice.submission.presented");
        } catch (AlreadyDoneException done) {
            redirect.addFlashAttribute("notice", done.messageKey());
            redirect.addFlashAttribute("noticeArg", done.argument());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/review/submissions/" + id;
    }

    @PostMapping("/review/submissions/{id}/recall")
    String recall(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        signing.recall(id, user);
        redirect.addFlashAttribute("notice", "notice.submission.recalled");
        return "redirect:/review/submissions/" + id;
    }

    @PostMapping("/review/submissions/{id}/discard")
    String discard(@PathVariable long id, @CurrentActor Actor user, RedirectAttributes redirect) {
        submissions.discard(id, user);
        redirect.addFlashAttribute("notice", "notice.draft.discarded");
        return "redirect:/review/accepted";
    }

    @PostMapping("/review/submissions")
    String compile(@RequestParam(name = "dossierIds", required = false) List<Long> dossierIds,
                   @CurrentActor Actor user, RedirectAttributes redirect) {
        if (dossierIds == null || dossierIds.isEmpty()) {
            redirect.addFlashAttribute("failure", "error.submission.empty");
            return "redirect:/review/accepted";
        }
        SubmissionView draft = submissions.createDraft(dossierIds, user);
        redirect.addFlashAttribute("notice", "notice.draft.created");
        return "redirect:/review/submissions/" + draft.id();
    }
}
