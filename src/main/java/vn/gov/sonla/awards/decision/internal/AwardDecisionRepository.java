package vn.gov.sonla.awards.decision.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Issued decisions. */
public interface AwardDecisionRepository extends Repository<AwardDecision, Long> {

    AwardDecision save(AwardDecision decision);

    Optional<AwardDecision> findById(Long id);

    List<AwardDecision> findBySubmissionId(Long submissionId);

    List<AwardDecision> findTop20ByOrderByIdDesc();

    List<AwardDecision> findByCorrectsDecisionIdOrderById(Long correctsDecisionId);

    Optional<AwardDecision> findByRequestKey(UUID requestKey);
}
