package vn.gov.sonla.awards.decision;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CentralProposalRepository extends Repository<CentralProposal, Long> {

    CentralProposal save(CentralProposal proposal);

    Optional<CentralProposal> findById(Long dossierId);
}
