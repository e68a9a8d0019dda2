package vn.gov.sonla.awards.decision.internal;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CentralProposalRepository extends Repository<CentralProposal, Long> {

    CentralProposal save(CentralProposal proposal);

    Optional<CentralProposal> findById(Long dossierId);
}
