package vn.gov.sonla.awards.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The units of the province. */
public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByActiveTrueOrderByName();

    @EntityGraph(attributePaths = "parent")
    List<Unit> findAllByOrderByName();

    boolean existsByCode(String code);
}
