package vn.gov.sonla.awards.dossier;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
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

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final DossierRepository repository;
    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final UnitRepository units;

    Dossiers(DossierRepository repository, CampaignRepository campaigns, AwardFormRepository awardForms,
             UnitRepository units) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.units = units;
    }

    /** One dossier with its history, if the asker may see it; otherwise 404. */
    public Dossier get(long id, CurrentUser user) {
        Dossier dossier = find(id, user);
        dossier.getHistory().size(); // load the history while the transaction is open: the page shows it
        return dossier;
    }

    public Page<Dossier> list(CurrentUser user, Pageable pageable) {
        return repository.findAll(visibleTo(user), pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST));
    }

    public List<Dossier> inStatus(CurrentUser user, Set<DossierStatus> statuses) {
        return repository.findAll(visibleTo(user).and(DossierScope.inStatus(statuses)), NEWEST_FIRST);
    }

    public List<Dossier> inSubmission(CurrentUser user, long submissionId) {
        return repository.findAll(visibleTo(user).and(DossierScope.inSubmission(submissionId)),
                Sort.by("nomineeType").descending().and(Sort.by("id")));
    }

    public Map<DossierStatus, Long> countByStatus(CurrentUser user) {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            long n = repository.count(visibleTo(user).and(DossierScope.inStatus(Set.of(status))));
            if (n > 0) {
                counts.put(status, n);
            }
        }
        return counts;
    }

    @Transactional
    public Dossier create(DossierCommand command, CurrentUser clerk) {
        Dossier dossier = Dossier.draft(campaign(command.campaignId()), awardForm(command.awardFormId()),
                command.nominee(), units.getReferenceById(clerk.unitId()), clerk);
        return repository.save(dossier);
    }

    @Transactional
    public void revise(long id, long version, DossierCommand command, CurrentUser clerk) {
        step(id, version, clerk, d -> d.revise(campaign(command.campaignId()), awardForm(command.awardFormId()),
                command.nominee(), clerk));
    }

    @Transactional
    public void submit(long id, long version, CurrentUser clerk) {
        step(id, version, clerk, d -> d.submit(clerk));
    }

    @Transactional
    public void accept(long id, long version, CurrentUser staff) {
        step(id, version, staff, d -> d.accept(staff));
    }

    @Transactional
    public void returnForSupplementation(long id, long version, String reason, CurrentUser staff) {
        step(id, version, staff, d -> d.returnForSupplementation(reason, staff));
    }

    @Transactional
    public void reject(long id, long version, String reason, CurrentUser staff) {
        step(id, version, staff, d -> d.reject(reason, staff));
    }

    /** Part of sending a numbered submission: runs inside the submission's transaction. */
    @Transactional
    public void sendToHomeAffairs(long id, long submissionId, String submissionNumber, CurrentUser staff) {
        find(id, staff).sendToHomeAffairs(submissionId, submissionNumber, staff);
    }

    @Transactional
    public void appraise(long id, long version, boolean endorsed, String remark, CurrentUser appraiser) {
        step(id, version, appraiser, d -> d.appraise(endorsed, remark, appraiser));
    }

    @Transactional
    public void forwardToChairman(long id, CurrentUser appraiser) {
        find(id, appraiser).forwardToChairman(appraiser);
    }

    @Transactional
    public void approve(long id, long version, String note, CurrentUser office) {
        step(id, version, office, d -> d.approve(note, office));
    }

    @Transactional
    public void decline(long id, long version, String reason, CurrentUser office) {
        step(id, version, office, d -> d.decline(reason, office));
    }

    @Transactional
    public void grant(long id, long decisionId, String decisionNumber, LocalDate decisionDate, CurrentUser office) {
        find(id, office).grant(decisionId, decisionNumber, decisionDate, office);
    }

    @Transactional
    public void recordCentralAward(long id, long version, String centralNumber, LocalDate centralDate, CurrentUser office) {
        step(id, version, office, d -> d.recordCentralAward(centralNumber, centralDate, office));
    }

    @Transactional
    public void recordCentralDecline(long id, long version, String reason, CurrentUser office) {
        step(id, version, office, d -> d.recordCentralDecline(reason, office));
    }

    public List<Campaign> openCampaigns() {
        return campaigns.findByActiveTrueOrderById();
    }

    public List<AwardForm> routedAwardForms() {
        return awardForms.findByLevelInOrderBySortOrder(
                List.of(vn.gov.sonla.awards.campaign.AwardLevel.STATE, vn.gov.sonla.awards.campaign.AwardLevel.PROVINCIAL));
    }

    private void step(long id, long expectedVersion, CurrentUser user, Consumer<Dossier> action) {
        Dossier dossier = find(id, user);
        if (dossier.getVersion() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        action.accept(dossier);
    }

    private Dossier find(long id, CurrentUser user) {
        Specification<Dossier> spec = visibleTo(user).and(hasId(id));
        return repository.findOne(spec).orElseThrow(() -> new NotFoundException("dossier " + id));
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private AwardForm awardForm(long id) {
        return awardForms.findById(id).orElseThrow(() -> new NotFoundException("award form " + id));
    }
}
