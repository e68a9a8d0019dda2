package vn.gov.sonla.awards.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The criteria of each award form and nominee type. */
public interface CriterionRepository extends Repository<Criterion, Long> {

    /** The criteria a new dossier is filed under: those in force (retired ones are skipped), in order. */
    @Query("select c from Criterion c where c.awardFormId = :awardFormId and c.nomineeType = :nomineeType"
            + " and c.retired = false order by c.position")
    List<Criterion> findByAwardFormIdAndNomineeTypeOrderByPosition(Long awardFormId, NomineeType nomineeType);

    /** Every criterion of an award form, retired ones included, for the administrator. */
    List<Criterion> findByAwardFormIdOrderByNomineeTypeDescPosition(Long awardFormId);

    @Query("select coalesce(max(c.position), 0) from Criterion c where c.awardFormId = :awardFormId and c.nomineeType = :nomineeType")
    int lastPosition(Long awardFormId, NomineeType nomineeType);

    Optional<Criterion> findById(Long id);

    Criterion save(Criterion criterion);
}
