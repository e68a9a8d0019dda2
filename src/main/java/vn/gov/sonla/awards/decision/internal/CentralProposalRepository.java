package vn.gov.sonla.awards.decision.internal;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CentralProposalRepository extends Repository<CentralProposal, Long> {

    CentralProposal save(CentralProposal proposal);

    Optional<CentralProposal> findById(Long dossierId);

    /** The proposals of one letter: its number is unique within its year, and all of them bear its date. */
    java.util.List<CentralProposal> findByNumberAndProposedOn(String number, java.time.LocalDate proposedOn);
}
