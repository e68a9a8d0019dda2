package vn.gov.sonla.awards.prize;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.gov.sonla.awards.campaign.NomineeType;

/** The coefficients recorded per award form and nominee type, newest first. */
interface PrizeCoefficientRepository extends Repository<PrizeCoefficient, Long> {

    PrizeCoefficient save(PrizeCoefficient coefficient);

    @Query("select c from PrizeCoefficient c order by c.awardFormId, c.nomineeType desc, c.effectiveFrom desc, c.id desc")
    List<PrizeCoefficient> history();

    @Query("select c from PrizeCoefficient c where c.awardFormId = :awardFormId and c.nomineeType = :type"
            + " and c.effectiveFrom <= :day order by c.effectiveFrom desc, c.id desc")
    List<PrizeCoefficient> inForceOn(Long awardFormId, NomineeType type, LocalDate day, Limit limit);

    default Optional<PrizeCoefficient> inForceOn(Long awardFormId, NomineeType type, LocalDate day) {
        return inForceOn(awardFormId, type, day, Limit.of(1)).stream().findFirst();
    }
}
