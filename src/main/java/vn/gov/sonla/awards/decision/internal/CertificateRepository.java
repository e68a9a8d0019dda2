package vn.gov.sonla.awards.decision.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Certificates of granted awards. */
public interface CertificateRepository extends Repository<Certificate, Long> {

    Optional<Certificate> findByDossierId(Long dossierId);

    List<Certificate> findByDecisionId(Long decisionId);
}
