package vn.gov.sonla.awards.grassroots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.organisation.UnitRepository;

/** A unit's records of the certificates of commendation its own head issued; each unit sees only its own. */
@Service
@Transactional(readOnly = true)
public class GrassrootsRecords {

    private final GrassrootsDecisionRepository repository;
    private final UnitRepository units;
    private final CampaignRepository campaigns;
    private final Clock clock;

    GrassrootsRecords(GrassrootsDecisionRepository repository, UnitRepository units, CampaignRepository campaigns, Clock clock) {
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

    @Transactional
    GrassrootsDecision record(long campaignId, String number, LocalDate decidedOn, String signer,
                              List<GrassrootsDecision.Awardee> awardees, Actor clerk) {
        if (repository.existsByUnitIdAndNumberAndDecidedOn(clerk.unitId(), number.strip(), decidedOn)) {
            throw new ConflictException("grassroots.duplicate");
        }
        return repository.save(GrassrootsDecision.record(units.getReferenceById(clerk.unitId()),
                campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign " + campaignId)),
                number, decidedOn, signer, awardees, clerk, clock.instant()));
    }
}
