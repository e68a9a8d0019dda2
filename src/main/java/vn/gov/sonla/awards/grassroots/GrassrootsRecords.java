package vn.gov.sonla.awards.grassroots;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.numbering.DocumentDates;
import vn.gov.sonla.awards.organisation.UnitRepository;

/** A unit's records of the certificates of commendation its own head issued; each unit sees only its own. */
@Service
@Transactional(readOnly = true)
public class GrassrootsRecords {

    private final GrassrootsDecisionRepository repository;
    private final UnitRepository units;
    private final CampaignRepository campaigns;
    private final Clock clock;
    private final DocumentDates dates;

    GrassrootsRecords(GrassrootsDecisionRepository repository, UnitRepository units, CampaignRepository campaigns, Clock clock,
                      DocumentDates dates) {
        this.dates = dates;
        this.clock = clock;
        this.repository = repository;
        this.units = units;
        this.campaigns = campaigns;
    }

    public List<GrassrootsDecision> ofUnit(Actor user) {
        return repository.findByUnitIdOrderByDecidedOnDescIdDesc(user.unitId());
    }

    public GrassrootsDecision get(long id, Actor user) {
        return repository.findByIdAndUnitId(id, user.unitId()).orElseThrow(() -> new NotFoundException("grassroots " + id));
    }

    /**
     * Records the decision once: the unit's number and date are unique (the database holds it), so the same decision
     * sent again, or several times at once, is refused as already recorded. Its date is within the campaign's days.
     */
    @Transactional
    GrassrootsDecision record(long campaignId, String number, LocalDate decidedOn, String signer,
                              List<GrassrootsDecision.Awardee> awardees, Actor clerk) {
        return record(campaignId, number, decidedOn, signer, awardees, null, null, clerk);
    }

    /** As above, with the amount each individual and each collective receives from the unit's own fund (null: none). */
    @Transactional
    GrassrootsDecision record(long campaignId, String number, LocalDate decidedOn, String signer,
                              List<GrassrootsDecision.Awardee> awardees, Long individualAmount, Long collectiveAmount,
                              Actor clerk) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign " + campaignId));
        dates.range(campaign.startsOn()).require(decidedOn);
        if (repository.existsByUnitIdAndNumberAndDecidedOn(clerk.unitId(), number.strip(), decidedOn)) {
            throw new ConflictException(DUPLICATE);
        }
        try {
            return repository.save(GrassrootsDecision.record(units.getReferenceById(clerk.unitId()), campaign,
                    number, decidedOn, signer, awardees, clerk, clock.instant()).paying(individualAmount, collectiveAmount));
        } catch (DataIntegrityViolationException e) {
            // recorded meanwhile by a request sent at the same moment (the check above saw nothing yet)
            if (isUniqueViolation(e)) {
                throw new ConflictException(DUPLICATE);
            }
            throw e;
        }
    }

    private static final String DUPLICATE = "grassroots.duplicate";

    private static boolean isUniqueViolation(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}
