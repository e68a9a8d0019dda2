package vn.gov.sonla.awards.dossier.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Dossiers, always loaded within a {@link DossierScope}. */
public interface DossierRepository extends Repository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    Dossier save(Dossier dossier);

    /** One dossier by its id, whoever asks: {@link StepRunner#find} then asks {@link DossierRows#visible}. */
    @Query("""
            select d from Dossier d
              left join fetch d.campaign c left join fetch c.compilingUnit
              left join fetch d.awardForm left join fetch d.proposedAwardForm left join fetch d.unit
            where d.id = :id""")
    Optional<Dossier> loadById(long id);

    /** Many dossiers by id, whoever asks: {@link StepRunner#stepAll} then asks {@link DossierRows#visible}. */
    @Query("""
            select d from Dossier d
              left join fetch d.campaign c left join fetch c.compilingUnit
              left join fetch d.awardForm left join fetch d.proposedAwardForm left join fetch d.unit
            where d.id in :ids order by d.id""")
    List<Dossier> loadAllById(Collection<Long> ids);

    @Override
    @EntityGraph(attributePaths = {"campaign", "awardForm", "proposedAwardForm", "unit"})
    Page<Dossier> findAll(Specification<Dossier> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"campaign", "awardForm", "proposedAwardForm", "unit"})
    List<Dossier> findAll(Specification<Dossier> spec, Sort sort);
}
