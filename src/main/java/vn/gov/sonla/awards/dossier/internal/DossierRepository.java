package vn.gov.sonla.awards.dossier.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Dossiers, always loaded through a {@link DossierScope}. */
public interface DossierRepository extends Repository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    Dossier save(Dossier dossier);

    @Override
    @EntityGraph(attributePaths = {"campaign", "campaign.compilingUnit", "awardForm", "proposedAwardForm", "unit"})
    Optional<Dossier> findOne(Specification<Dossier> spec);

    @Override
    @EntityGraph(attributePaths = {"campaign", "awardForm", "proposedAwardForm", "unit"})
    Page<Dossier> findAll(Specification<Dossier> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"campaign", "awardForm", "proposedAwardForm", "unit"})
    List<Dossier> findAll(Specification<Dossier> spec, Sort sort);
}
