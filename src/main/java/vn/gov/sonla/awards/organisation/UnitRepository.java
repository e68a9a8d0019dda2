package vn.gov.sonla.awards.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The units of the province. */
public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByActiveTrueOrderByName();

    @EntityGraph(attributePaths = "parent")
    List<Unit> findAllByOrderByName();

    boolean existsByCode(String code);

    List<Unit> findByTypeAndActiveTrueOrderByName(UnitType type);

    /** A district's People's Committee and the units placed under it. */
    @Query("select u from Unit u where u.active = true and (u.id = :district or u.parent.id = :district) order by u.name")
    List<Unit> inDistrict(long district);

    /** Units of the province itself: not a district and not placed under one (as the reports count them). */
    @Query("""
            select u from Unit u left join u.parent p
             where u.active = true and u.type <> vn.gov.sonla.awards.organisation.UnitType.DISTRICT
               and (p is null or p.type <> vn.gov.sonla.awards.organisation.UnitType.DISTRICT)
             order by u.name""")
    List<Unit> atProvincialLevel();
}
