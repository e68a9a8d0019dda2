package vn.gov.sonla.awards.grassroots;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Grassroots decisions, always read for one unit. */
interface GrassrootsDecisionRepository extends Repository<GrassrootsDecision, Long> {

    GrassrootsDecision save(GrassrootsDecision decision);

    @EntityGraph(attributePaths = {"campaign", "awardees"})
    List<GrassrootsDecision> findByUnitIdOrderByDecidedOnDescIdDesc(Long unitId);

    @EntityGraph(attributePaths = {"campaign", "unit", "awardees"})
    Optional<GrassrootsDecision> findByIdAndUnitId(Long id, Long unitId);

    boolean existsByUnitIdAndNumberAndDecidedOn(Long unitId, String number, java.time.LocalDate decidedOn);
}
