package vn.gov.sonla.awards.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The award forms. */
public interface AwardFormRepository extends JpaRepository<AwardForm, Long> {

    List<AwardForm> findByLevelInOrderBySortOrder(Collection<AwardLevel> levels);

    Optional<AwardForm> findByCode(String code);
}
