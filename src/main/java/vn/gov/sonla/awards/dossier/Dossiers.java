package vn.gov.sonla.awards.dossier;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.internal.AttachedFile;
import vn.gov.sonla.awards.dossier.internal.Attachment;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierEvent;
import vn.gov.sonla.awards.dossier.internal.DossierRepository;
import vn.gov.sonla.awards.dossier.internal.DossierRows;
import vn.gov.sonla.awards.dossier.internal.DossierScope;
import vn.gov.sonla.awards.dossier.internal.DossierSnapshots;
import vn.gov.sonla.awards.dossier.internal.Duplicate;
import vn.gov.sonla.awards.dossier.internal.DuplicateFinder;
import vn.gov.sonla.awards.dossier.internal.EarlierAward;
import vn.gov.sonla.awards.dossier.internal.EarlierAwardFinder;
import vn.gov.sonla.awards.dossier.internal.StepRunner;
import vn.gov.sonla.awards.dossier.internal.DossierViews;
import vn.gov.sonla.awards.dossier.internal.DraftPlacements;
import vn.gov.sonla.awards.dossier.internal.DossierNeighbours;
import vn.gov.sonla.awards.dossier.internal.Resubmissions;

import static vn.gov.sonla.awards.dossier.internal.DossierScope.visibleTo;

/**
 * What one may read of dossiers: every read is scoped by who asks. The steps are taken through the services of
 * the party that takes them ({@link UnitSteps}, {@link DepartmentSteps}, {@link HomeAffairsSteps},
 * {@link ChairmanSteps}).
 */
@Service
@Transactional(readOnly = true)
public class Dossiers {

    private final StepRunner steps;
    private final DossierRepository repository;
    private final DuplicateFinder duplicates;
    private final EarlierAwardFinder earlierAwards;
    private final DossierSnapshots snapshots;
    private final EntityManager entityManager;
    private final DossierRows lists;
    private final DossierViews views;
    private final Clock clock;
    private final DraftPlacements placements;
    private final DossierNeighbours neighbours;
    private final Resubmissions resubmissions;

    Dossiers(StepRunner steps, DossierRepository repository, DuplicateFinder duplicates, EarlierAwardFinder earlierAwards,
             DossierSnapshots snapshots, EntityManager entityManager, DossierRows lists, DossierViews views, Clock clock,
             DraftPlacements placements, DossierNeighbours neighbours, Resubmissions resubmissions) {
        this.placements = placements;
        this.neighbours = neighbours;
        this.resubmissions = resubmissions;
        this.steps = steps;
        this.repository = repository;
        this.duplicates = duplicates;
        this.earlierAwards = earlierAwards;
        this.snapshots = snapshots;
        this.entityManager = entityManager;
        this.lists = lists;
        this.views = views;
        this.clock = clock;
    }

    /** One dossier with its history, if the asker may see it; otherwise 404. */
    public Dossier get(long id, Actor user) {
        Dossier dossier = find(id, user);
        // the page shows them: load while the transaction is open
        dossier.getHistory().size();
        dossier.getCriteria().size();
        dossier.getAttachments().size();
        return dossier;
    }

    /**
     * One dossier for its page: like {@link #get}, and when the person looking is staff outside the dossier's
     * unit, the view of its personal data is appended to the history ({@link DossierViews}).
     */
    @Transactional
    public Dossier show(long id, Actor user) {
        Dossier dossier = get(id, user);
        views.record(dossier, user, clock.instant());
        return dossier;
    }

    /** The frozen copies of a dossier at its hand-overs, oldest first; 404 outside the asker's scope. */
    public List<DossierSnapshots.Snapshot> snapshots(long id, Actor user) {
        return snapshots.of(find(id, user).getId());
    }

    /**
     * A page of the dossiers one may see that match the filter, newest first. A search by name is not counted:
     * a syllable such as "thị" is in half of all names, and counting its matches would cost more than finding a
     * page of them.
     */
    public KeysetPage<DossierRow> list(Actor user, DossierFilter filter, Keyset keyset) {
        return page(lists.where(user).matching(filter), keyset, filter.query() == null);
    }

    /**
     * A page of the dossiers one may see that match the filter (its stage aside) and are at one of these stages,
     * newest first, counted as {@link #list} counts: what waits on a party across its stages, as the home page counts it.
     */
    public KeysetPage<DossierRow> listAtStages(Actor user, DossierFilter filter, Set<DossierStatus> statuses, Keyset keyset) {
        DossierFilter anyStage = new DossierFilter(filter.q(), filter.campaignId(), null, filter.awardFormId(),
                filter.unitId(), filter.districtId(), filter.nomineeType(), filter.frontline());
        return page(lists.where(user).matching(anyStage).inStatus(statuses), keyset, filter.query() == null);
    }

    /**
     * A page of a queue, newest first: a queue page lists what one works on next, not a whole country's dossiers
     * (at national scale a department's queue holds a hundred thousand).
     */
    public KeysetPage<DossierRow> inStatus(Actor user, Set<DossierStatus> statuses, Keyset keyset) {
        return page(lists.where(user).inStatus(statuses), keyset, true);
    }

    /** The newest dossiers of a queue for a short list on another page: not counted, only whether there are more. */
    /**
     * The dossiers presented to the head of the asker's unit, oldest presentation first, with who presented each and
     * when (for the head's signing list; a unit's head has a handful at a time).
     */
    @Transactional(readOnly = true)
    public List<PresentedDossier> presentedToUnitHead(Actor head) {
        return page(lists.where(head).inStatus(Set.of(DossierStatus.AT_UNIT_HEAD)), Keyset.first(200), false).items()
                .stream().map(row -> {
                    DossierEvent presented = find(row.id(), head).getHistory().stream()
                            .filter(e -> e.getAction() == DossierAction.PRESENT_TO_UNIT_HEAD)
                            .reduce((first, second) -> second).orElseThrow();
                    return new PresentedDossier(row, presented.getActorName(), presented.getActorUsername(),
                            presented.getOccurredAt());
                })
                .sorted(java.util.Comparator.comparing(PresentedDossier::presentedAt)).toList();
    }

    /** A dossier waiting for the unit's head, and its presentation. */
    public record PresentedDossier(DossierRow row, String presentedBy, String presentedByUsername,
                                   java.time.Instant presentedAt) {
    }

    public KeysetPage<DossierRow> newestInStatus(Actor user, Set<DossierStatus> statuses, int size) {
        return page(lists.where(user).inStatus(statuses), Keyset.first(size), false);
    }

    /** How many dossiers a short list on a page shows (the newest), with a link to the whole list where there is one. */
    public static final int QUEUE_LIMIT = 20;

    /**
     * The rows of one page found by an index range on the id (never an offset), one more than the page to know
     * whether the list goes on; and the list's size counted up to {@link KeysetPage#COUNT_CAP}.
     */
    private KeysetPage<DossierRow> page(DossierRows.Conditions where, Keyset keyset, boolean counted) {
        long count = counted ? lists.countUpTo(where, KeysetPage.COUNT_CAP) : KeysetPage.NOT_COUNTED;
        List<DossierRow> rows = lists.rows(where.range(keyset.after(), keyset.before()), !keyset.backwards(),
                keyset.size() + 1);
        return KeysetPage.of(rows, keyset, DossierRow::id, count);
    }

    /** The dossiers of a submission the asker may see, individuals first. */
    public List<DossierView> inSubmission(Actor user, long submissionId) {
        return repository.findAll(visibleTo(user).and(DossierScope.inSubmission(submissionId)),
                Sort.by("nominee.type").descending().and(Sort.by("id"))).stream().map(DossierView::of).toList();
    }

    /**
     * A document made of the dossiers of a submission the asker may see, individuals first, handed to the asker (the
     * submission's PDF or XLSX carries names, positions, birth years and achievements): each dossier counts as a view,
     * like opening its page. The document is made while the views are written ({@link DossierViews#recordWhile}), so
     * it must read nothing but the views it is given.
     */
    @Transactional
    public <T> T inSubmissionDocument(Actor user, long submissionId, Function<List<DossierView>, T> document) {
        // whatever the transaction changed is written before the dossiers are read and let go below
        entityManager.flush();
        List<Dossier> found = repository.findAll(visibleTo(user).and(DossierScope.inSubmission(submissionId)),
                Sort.by("nominee.type").descending().and(Sort.by("id")));
        List<DossierView> listed = found.stream().map(DossierView::of).toList();
        // read to be listed, never changed: out of the persistence context, the commit does not check thousands of
        // them for changes
        found.forEach(entityManager::detach);
        return views.recordWhile(found, user, clock.instant(), () -> document.apply(listed));
    }

    /** One dossier as other modules read it, if the asker may see it; otherwise 404. */
    public DossierView view(long id, Actor user) {
        return DossierView.of(find(id, user));
    }

    /** How many dossiers the asker sees at each stage, in one grouped query. */
    public Map<DossierStatus, Long> countByStatus(Actor user) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Dossier.class);
        var status = root.<DossierStatus>get("status");
        query.multiselect(status, cb.count(root))
                .where(visibleTo(user).toPredicate(root, query, cb))
                .groupBy(status);
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        entityManager.createQuery(query).getResultList()
                .forEach(row -> counts.put(row.get(0, DossierStatus.class), row.get(1, Long.class)));
        return counts;
    }

    /** An attached file, for those who may see its dossier; a view of the dossier like opening its page. */
    @Transactional
    public AttachedFile download(long id, long attachmentId, Actor user) {
        Dossier dossier = find(id, user);
        Attachment attachment = dossier.getAttachments().stream()
                .filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        views.record(dossier, user, clock.instant());
        return new AttachedFile(attachment.getFileName(), attachment.getMediaType(), attachment.bytes());
    }

    /** Other dossiers of the same campaign that seem to nominate the same person or collective. */
    public List<Duplicate> duplicatesOf(Dossier dossier) {
        return duplicates.of(dossier);
    }

    /** The nominee's earlier awards in any campaign (this system's decisions) and the unit's recorded Giấy khen. */
    public List<EarlierAward> earlierAwardsOf(Dossier dossier) {
        return earlierAwards.of(dossier);
    }

    /**
     * Accepted dossiers of the department not yet placed in a draft submission, those accepted longest ago first
     * (they are the nearest to their deadline), narrowed by the queue's filter (its stage aside): at most
     * {@code size}; the page's {@code nextAfter} says whether there are others (the list is not counted).
     */
    public KeysetPage<DossierRow> acceptedOutsideDrafts(Actor staff, DossierFilter filter, int size) {
        DossierFilter anyStage = new DossierFilter(filter.q(), filter.campaignId(), null, filter.awardFormId(),
                filter.unitId(), filter.districtId(), filter.nomineeType(), filter.frontline());
        DossierRows.Conditions where = lists.where(staff).matching(anyStage)
                .inStatus(Set.of(DossierStatus.ACCEPTED)).and("d.draft_submission_id is null");
        return KeysetPage.of(lists.rows(where, false, size + 1), Keyset.first(size), DossierRow::id, KeysetPage.NOT_COUNTED);
    }

    /** How many accepted dossiers of the department in no draft match the filter (its stage aside), exactly. */
    public long countAcceptedOutsideDrafts(Actor staff, DossierFilter filter) {
        return placements.count(placements.acceptedOutsideDrafts(staff, filter));
    }

    /** The same, counted no further than one past {@link KeysetPage#COUNT_CAP}, for a list page. */
    public long countAcceptedOutsideDraftsUpToCap(Actor staff, DossierFilter filter) {
        return lists.countUpTo(placements.acceptedOutsideDrafts(staff, filter), KeysetPage.COUNT_CAP);
    }

    /** The dossiers before and after this one in the list its reader works through ({@link Neighbours}). */
    public Neighbours neighboursOf(Dossier dossier, Actor user) {
        return neighbours.of(dossier, user);
    }

    /** Which of these dossiers came back from their unit after a return, with the copies to compare; by id. */
    public Map<Long, Resubmission> resubmissionsAmong(java.util.Collection<Long> dossierIds) {
        return resubmissions.of(dossierIds);
    }

    /** The ids of the dossiers in a department's draft submission, read without loading the dossiers. */
    public List<Long> idsInDraft(Actor staff, long draftId) {
        return lists.ids(lists.where(staff).and("d.draft_submission_id = :draft", "draft", draftId));
    }

    /** Dossiers as the documents list them: individuals first, each kind by id. */
    static List<DossierView> listed(List<Dossier> dossiers) {
        return dossiers.stream().sorted(Comparator.comparing((Dossier d) -> d.getNominee().type().name())
                .reversed().thenComparing(Dossier::getId)).map(DossierView::of).toList();
    }

    /** The dossiers in a department's draft submission. */
    public List<DossierView> inDraft(Actor staff, long draftId) {
        return repository.findAll(visibleTo(staff).and(DossierScope.inDraft(draftId)),
                Sort.by("nominee.type").descending().and(Sort.by("id"))).stream().map(DossierView::of).toList();
    }

    /** Whether the draft holds any dossier the asker sees, without loading them (a draft may hold thousands). */
    public boolean anyInDraft(Actor staff, long draftId) {
        return repository.exists(visibleTo(staff).and(DossierScope.inDraft(draftId)));
    }

    private Dossier find(long id, Actor user) {
        return steps.find(id, user);
    }
}
