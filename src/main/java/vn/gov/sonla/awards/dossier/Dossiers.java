package vn.gov.sonla.awards.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.campaign.Criterion;
import vn.gov.sonla.awards.campaign.CriterionRepository;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.common.KeysetPage;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.organisation.UnitRepository;

import static vn.gov.sonla.awards.dossier.DossierScope.hasId;
import static vn.gov.sonla.awards.dossier.DossierScope.visibleTo;

/**
 * The dossier module's door: every read is scoped by who asks, every step goes through the aggregate's
 * guarded methods, and a step taken on a page that someone else changed meanwhile is refused (409).
 */
@Service
@Transactional(readOnly = true)
public class Dossiers {

    /** The series of the chairman's letters proposing state-level awards to the central level. */
    public static final String PROPOSAL_SERIES = "TTr-UBND";


    private final DossierRepository repository;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final UnitRepository units;
    private final CriterionRepository criteria;
    private final FileInspector inspector;
    private final DuplicateFinder duplicates;
    private final EarlierAwardFinder earlierAwards;
    private final DocumentNumbers numbers;
    private final DossierSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final DossierRows lists;
    private final Clock clock;

    Dossiers(DossierRepository repository, CampaignRepository campaigns, AwardFormRepository awardForms,
             UnitRepository units, CriterionRepository criteria, FileInspector inspector, DuplicateFinder duplicates,
             EarlierAwardFinder earlierAwards, DocumentNumbers numbers,
             DossierSnapshots snapshots, ApplicationEventPublisher events, EntityManager entityManager,
             DossierRows lists, Clock clock) {
        this.clock = clock;
        this.earlierAwards = earlierAwards;
        this.numbers = numbers;
        this.repository = repository;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.units = units;
        this.criteria = criteria;
        this.inspector = inspector;
        this.duplicates = duplicates;
        this.snapshots = snapshots;
        this.events = events;
        this.entityManager = entityManager;
        this.lists = lists;
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
     * unit, the view of its personal data is appended to the history (a VIEW event, in this transaction). The
     * event is persisted on its own, not through the aggregate, so a view never changes the dossier's version.
     */
    @Transactional
    public Dossier show(long id, Actor user) {
        Dossier dossier = get(id, user);
        if (dossier.getUnit().getId() != user.unitId()) {
            entityManager.persist(new DossierEvent(dossier, clock.instant(), user, DossierAction.VIEW,
                    dossier.getStatus(), dossier.getStatus(), null));
        }
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
     * A page of a queue, newest first: a queue page lists what one works on next, not a whole country's dossiers
     * (at national scale a department's queue holds a hundred thousand).
     */
    public KeysetPage<DossierRow> inStatus(Actor user, Set<DossierStatus> statuses, Keyset keyset) {
        return page(lists.where(user).inStatus(statuses), keyset, true);
    }

    /** The newest dossiers of a queue for a short list on another page: not counted, only whether there are more. */
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

    public List<Dossier> inSubmission(Actor user, long submissionId) {
        return repository.findAll(visibleTo(user).and(DossierScope.inSubmission(submissionId)),
                Sort.by("nomineeType").descending().and(Sort.by("id")));
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

    @Transactional
    public Dossier create(DossierCommand command, Actor clerk) {
        AwardForm form = awardForm(command.awardFormId());
        Dossier dossier = Dossier.draft(campaign(command.campaignId()), form, criteria(form, command.nomineeType()),
                Nominee.named(command.nomineeType(), command.nomineeName()), units.getReferenceById(clerk.unitId()), clerk);
        Dossier saved = repository.save(dossier);
        publishSteps(saved);
        return saved;
    }

    /** A draft whose nominee and achievements are known at once (bulk filing), in the caller's transaction. */
    @Transactional
    Dossier createFiled(DossierCommand command, Nominee nominee, String achievements, Actor clerk) {
        Dossier dossier = create(command, clerk);
        dossier.describeNominee(nominee, clerk);
        if (achievements != null) {
            dossier.describeAchievements(achievements, clerk);
        }
        publishSteps(dossier);
        return dossier;
    }

    @Transactional
    public void changeAward(long id, long version, DossierCommand command, Actor clerk) {
        AwardForm form = awardForm(command.awardFormId());
        step(id, version, clerk, d -> d.changeAward(campaign(command.campaignId()), form, command.nomineeType(),
                criteria(form, command.nomineeType()), clerk));
    }

    @Transactional
    public void describeNominee(long id, long version, Nominee nominee, Actor clerk) {
        step(id, version, clerk, d -> d.describeNominee(nominee, clerk));
    }

    @Transactional
    public void describeAchievements(long id, long version, String summary, Actor clerk) {
        step(id, version, clerk, d -> d.describeAchievements(summary, clerk));
    }

    @Transactional
    public void declareCriteria(long id, long version, Map<Integer, CriterionDeclaration> declarations, boolean noBreach,
                                Actor clerk) {
        step(id, version, clerk, d -> d.declareCriteria(declarations, noBreach, clerk));
    }

    /** Inspects the file by its content, then attaches it; a refused file changes nothing. */
    @Transactional
    public Attachment attach(long id, AttachmentKind kind, String originalName, byte[] bytes, Actor clerk) {
        Dossier dossier = find(id, clerk);
        DossierPolicy.require(dossier, clerk, DossierAction.ATTACH);
        Attachment attachment = dossier.attach(kind, inspector.inspect(originalName, bytes), clerk);
        publishSteps(dossier);
        return attachment;
    }

    @Transactional
    public void detach(long id, long attachmentId, Actor clerk) {
        Dossier dossier = find(id, clerk);
        dossier.detach(attachmentId, clerk);
        publishSteps(dossier);
    }

    @Transactional
    public void submit(long id, long version, String note, Actor clerk) {
        step(id, version, clerk, d -> d.submit(note, clerk));
    }

    @Transactional
    public void withdraw(long id, long version, Actor clerk) {
        step(id, version, clerk, d -> d.withdraw(clerk));
    }

    /** An attached file, for those who may see its dossier. */
    public AttachedFile download(long id, long attachmentId, Actor user) {
        Attachment attachment = find(id, user).getAttachments().stream()
                .filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
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

    @Transactional
    public void accept(long id, long version, Actor staff) {
        step(id, version, staff, d -> d.accept(staff));
    }

    /** Accepts, proposing a different award form (or null) with its reason. */
    @Transactional
    public void accept(long id, long version, Long proposedAwardFormId, String reason, Actor staff) {
        AwardForm proposed = proposedAwardFormId == null ? null : awardForm(proposedAwardFormId);
        step(id, version, staff, d -> d.accept(proposed, reason, staff));
    }

    @Transactional
    public void claim(long id, Actor staff) {
        Dossier dossier = find(id, staff);
        dossier.claim(staff);
        publishSteps(dossier);
    }

    @Transactional
    public void takeOver(long id, Actor staff) {
        Dossier dossier = find(id, staff);
        dossier.takeOver(staff);
        publishSteps(dossier);
    }

    @Transactional
    public void returnForSupplementation(long id, long version, String reason, Actor staff) {
        step(id, version, staff, d -> d.returnForSupplementation(reason, staff));
    }

    @Transactional
    public void returnForSupplementation(long id, long version, Set<FilingSection> sections, String reason,
                                         Actor staff) {
        step(id, version, staff, d -> d.returnForSupplementation(sections, reason, staff));
    }

    @Transactional
    public void reject(long id, long version, String reason, Actor staff) {
        step(id, version, staff, d -> d.reject(reason, staff));
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

    /** The dossiers in a department's draft submission. */
    public List<Dossier> inDraft(Actor staff, long draftId) {
        return repository.findAll(visibleTo(staff).and(DossierScope.inDraft(draftId)),
                Sort.by("nomineeType").descending().and(Sort.by("id")));
    }

    @Transactional
    public void placeInDraft(long id, long draftId, Actor staff) {
        find(id, staff).placeInDraft(draftId, staff);
    }

    @Transactional
    public void removeFromDraft(long id, Actor staff) {
        find(id, staff).removeFromDraft(staff);
    }

    /** Part of sending a numbered submission: runs inside the submission's transaction. */
    @Transactional
    public void sendToHomeAffairs(long id, long submissionId, String submissionNumber, Actor staff) {
        Dossier dossier = find(id, staff);
        dossier.sendToHomeAffairs(submissionId, submissionNumber, staff);
        publishSteps(dossier);
    }

    @Transactional
    public void appraise(long id, long version, boolean endorsed, String remark, Actor appraiser) {
        step(id, version, appraiser, d -> d.appraise(endorsed, remark, appraiser));
    }

    /** Home Affairs sends the dossier back to its department; it leaves its submission. */
    @Transactional
    public void returnToDepartment(long id, long version, String reason, Actor appraiser) {
        step(id, version, appraiser, d -> d.returnToDepartment(reason, appraiser));
    }

    @Transactional
    public void forwardToChairman(long id, Actor appraiser) {
        Dossier dossier = find(id, appraiser);
        dossier.forwardToChairman(appraiser);
        publishSteps(dossier);
    }

    /**
     * The chairman approves; a state-level award gets the next "N/TTr-UBND" proposal number of the year in this
     * transaction (a refused or rolled-back approval gives the number back).
     */
    @Transactional
    public void approve(long id, long version, String note, Actor office) {
        step(id, version, office, d -> {
            if (d.isStateLevel() && DossierPolicy.allows(d, office, DossierAction.APPROVE)) {
                LocalDate today = LocalDate.now(clock);
                int seq = numbers.next(PROPOSAL_SERIES, today.getYear());
                d.approve(note, DocumentNumbers.format(seq, PROPOSAL_SERIES), today, office);
            } else {
                d.approve(note, office);
            }
        });
    }

    @Transactional
    public void decline(long id, long version, String reason, Actor office) {
        step(id, version, office, d -> d.decline(reason, office));
    }

    @Transactional
    public void grant(long id, long decisionId, String decisionNumber, LocalDate decisionDate, Actor office) {
        Dossier dossier = find(id, office);
        dossier.grant(decisionId, decisionNumber, decisionDate, office);
        publishSteps(dossier);
    }

    /** Whether the campaign receives dossiers today and allows that award form. */
    public boolean campaignAllows(long campaignId, long awardFormId) {
        return campaigns.findById(campaignId)
                .filter(c -> c.receivesDossiersOn(LocalDate.now(clock)))
                .flatMap(c -> awardForms.findById(awardFormId).map(c::allows))
                .orElse(false);
    }

    @Transactional
    public void recordCentralAward(long id, long version, String centralNumber, LocalDate centralDate, Actor office) {
        step(id, version, office, d -> d.recordCentralAward(centralNumber, centralDate, office));
    }

    @Transactional
    public void recordCentralDecline(long id, long version, String reason, Actor office) {
        step(id, version, office, d -> d.recordCentralDecline(reason, office));
    }

    public List<Campaign> openCampaigns() {
        return campaigns.findByActiveTrueOrderById();
    }

    public List<AwardForm> routedAwardForms() {
        return awardForms.findByLevelInOrderBySortOrder(
                List.of(vn.gov.sonla.awards.campaign.AwardLevel.STATE, vn.gov.sonla.awards.campaign.AwardLevel.PROVINCIAL));
    }

    private void step(long id, long expectedVersion, Actor user, Consumer<Dossier> action) {
        Dossier dossier = find(id, user);
        if (dossier.getVersion() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        action.accept(dossier);
        publishSteps(dossier);
    }

    /**
     * After a step, still in its transaction: freezes the dossier at a hand-over and tells the listeners
     * (notices, the mail outbox) — all committed or rolled back with the step itself.
     */
    private void publishSteps(Dossier dossier) {
        for (DossierEvent step : dossier.takeStepsToPublish()) {
            snapshots.takeIfHandOver(dossier, step);
            events.publishEvent(DossierStepTaken.of(dossier, step));
        }
    }

    private Dossier find(long id, Actor user) {
        Specification<Dossier> spec = visibleTo(user).and(hasId(id));
        return repository.findOne(spec).orElseThrow(() -> new NotFoundException("dossier " + id));
    }

    private List<Criterion> criteria(AwardForm form, NomineeType type) {
        return criteria.findByAwardFormIdAndNomineeTypeOrderByPosition(form.getId(), type);
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private AwardForm awardForm(long id) {
        return awardForms.findById(id).orElseThrow(() -> new NotFoundException("award form " + id));
    }
}
