package vn.gov.sonla.awards.appraisal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AppraisalOpinionRepository extends Repository<AppraisalOpinion, Long> {

    AppraisalOpinion save(AppraisalOpinion opinion);

    Optional<AppraisalOpinion> findById(Long dossierId);

    List<AppraisalOpinion> findByDossierIdIn(Collection<Long> dossierIds);

    void deleteById(Long dossierId);
}
