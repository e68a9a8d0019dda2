package vn.gov.sonla.awards.decision;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Issued decisions. */
interface AwardDecisionRepository extends Repository<AwardDecision, Long> {

    AwardDecision save(AwardDecision decision);

    List<AwardDecision> findBySubmissionId(Long submissionId);

    List<AwardDecision> findTop20ByOrderByIdDesc();
}
