package vn.gov.sonla.awards.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The campaigns of the plans. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @EntityGraph(attributePaths = "compilingUnit")
    List<Campaign> findByActiveTrueOrderById();

    Optional<Campaign> findByCode(String code);

    @EntityGraph(attributePaths = {"compilingUnit", "awardForms"})
    List<Campaign> findAllByOrderByIdDesc();

    /** One campaign with the award forms it allows, for pages rendered after the transaction. */
    @EntityGraph(attributePaths = {"compilingUnit", "awardForms"})
    Optional<Campaign> findWithAwardFormsById(Long id);

    boolean existsByCode(String code);
}
