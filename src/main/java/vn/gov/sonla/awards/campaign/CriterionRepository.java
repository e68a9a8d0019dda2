package vn.gov.sonla.awards.campaign;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The criteria of each award form and nominee type. */
public interface CriterionRepository extends Repository<Criterion, Long> {

    List<Criterion> findByAwardFormIdAndNomineeTypeOrderByPosition(Long awardFormId, NomineeType nomineeType);
}
