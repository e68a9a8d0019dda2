package vn.gov.sonla.awards.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.NotFoundException;

/** The campaigns and award forms a dossier is filed under, as the filing steps and their forms ask for them. */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private final CampaignRepository campaigns;
    private final AwardFormRepository awardForms;
    private final CriterionRepository criteria;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, AwardFormRepository awardForms, CriterionRepository criteria, Clock clock) {
        this.campaigns = campaigns;
        this.awardForms = awardForms;
        this.criteria = criteria;
        this.clock = clock;
    }

    /** The campaigns an administrator has not closed, oldest first (whether each receives dossiers today aside). */
    public List<Campaign> open() {
        return campaigns.findByActiveTrueOrderById();
    }

    /** The award forms routed through the province (state and provincial), in their order. */
    public List<AwardForm> routedAwardForms() {
        return awardForms.findByLevelInOrderBySortOrder(List.of(AwardLevel.STATE, AwardLevel.PROVINCIAL));
    }

    /** Whether the campaign receives dossiers today and allows that award form. */
    public boolean receives(long campaignId, long awardFormId) {
        return campaigns.findById(campaignId)
                .filter(c -> c.receivesDossiersOn(LocalDate.now(clock)))
                .flatMap(c -> awardForms.findById(awardFormId).map(c::allows))
                .orElse(false);
    }

    /** A campaign; 404 when there is none. */
    public Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    /** An award form; 404 when there is none. */
    public AwardForm awardForm(long id) {
        return awardForms.findById(id).orElseThrow(() -> new NotFoundException("award form " + id));
    }

    /** The criteria in force that a campaign's dossier of an award form and kind of nominee is filed under, in order. */
    public List<Criterion> criteria(Campaign campaign, AwardForm form, NomineeType type) {
        return criteria.inForce(campaign.getId(), form.getId(), type);
    }
}
