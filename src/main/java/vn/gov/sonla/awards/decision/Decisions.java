package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.review.Submissions;

/**
 * The chairman's decision on a submission: once every dossier is approved or declined, the approved
 * provincial awards are granted by one decision numbered per year ("N/QĐ-UBND"), and the submission closes.
 */
@Service
public class Decisions {

    static final String SERIES = "QĐ-UBND";

    private final AwardDecisionRepository repository;
    private final Submissions submissions;
    private final Dossiers dossiers;
    private final DocumentNumbers numbers;

    Decisions(AwardDecisionRepository repository, Submissions submissions, Dossiers dossiers, DocumentNumbers numbers) {
        this.repository = repository;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.numbers = numbers;
    }

    /** Issues the decision; empty when no provincial award was approved (nothing to grant). */
    @Transactional
    public Optional<AwardDecision> issue(long submissionId, LocalDate issuedOn, String signerName, CurrentUser office) {
        submissions.markClosed(submissionId, office);
        List<Dossier> inSubmission = dossiers.inSubmission(office, submissionId);
        long undecided = inSubmission.stream().filter(d -> d.getStatus() == DossierStatus.AT_CHAIRMAN).count();
        if (undecided > 0) {
            throw new ConflictException("error.submission.notAllDecided", undecided);
        }
        List<Dossier> approved = inSubmission.stream().filter(d -> d.getStatus() == DossierStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        int year = issuedOn.getYear();
        int seq = numbers.next(SERIES, year);
        AwardDecision decision = repository.save(new AwardDecision(year, seq, DocumentNumbers.format(seq, SERIES),
                issuedOn, signerName.strip(), submissionId, office.getUsername()));
        approved.forEach(d -> dossiers.grant(d.getId(), decision.getId(), decision.getNumber(), issuedOn, office));
        return Optional.of(decision);
    }

    @Transactional(readOnly = true)
    public List<AwardDecision> ofSubmission(long submissionId) {
        return repository.findBySubmissionId(submissionId);
    }

    @Transactional(readOnly = true)
    public List<AwardDecision> recent() {
        return repository.findTop20ByOrderByIdDesc();
    }
}
