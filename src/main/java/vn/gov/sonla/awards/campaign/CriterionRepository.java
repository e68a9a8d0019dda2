package vn.gov.sonla.awards.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The criteria of each award form and nominee type. */
public interface CriterionRepository extends Repository<Criterion, Long> {

    /**
     * The criteria a new dossier of the campaign is filed under: those in force (retired ones are skipped) that apply
     * to every campaign or are the campaign's own, in order.
     */
    @Query("select c from Criterion c where c.awardFormId = :awardFormId and c.nomineeType = :nomineeType"
            + " and (c.campaignId is null or c.campaignId = :campaignId) and c.retired = false order by c.position")
    List<Criterion> inForce(Long campaignId, Long awardFormId, NomineeType nomineeType);

    /** Every criterion of an award form that a campaign's dossiers see (every campaign's and its own), retired ones included. */
    @Query("select c from Criterion c where c.awardFormId = :awardFormId"
            + " and (c.campaignId is null or c.campaignId = :campaignId) order by c.nomineeType desc, c.position")
    List<Criterion> ofCampaign(Long campaignId, Long awardFormId);

    /** Every criterion of an award form that applies to every campaign, retired ones included. */
    @Query("select c from Criterion c where c.awardFormId = :awardFormId and c.campaignId is null"
            + " order by c.nomineeType desc, c.position")
    List<Criterion> general(Long awardFormId);

    /** Every criterion of an award form, retired ones included, for the administrator. */
    List<Criterion> findByAwardFormIdOrderByNomineeTypeDescPosition(Long awardFormId);

    /**
     * The last position a campaign's dossiers see (null campaign: the last of all, so that a criterion for every
     * campaign never shares a position with a campaign's own).
     */
    @Query("select coalesce(max(c.position), 0) from Criterion c where c.awardFormId = :awardFormId"
            + " and c.nomineeType = :nomineeType and (:campaignId is null or c.campaignId is null or c.campaignId = :campaignId)")
    int lastPosition(Long campaignId, Long awardFormId, NomineeType nomineeType);

    Optional<Criterion> findById(Long id);

    Criterion save(Criterion criterion);
}
