package vn.gov.sonla.awards.appraisal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.dossier.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submissions;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Home Affairs forwards a submission once every dossier still in it has been appraised (dossiers sent back to
 * their department have left it); a submission left empty cannot be forwarded.
 */
@Service
public class Appraisals {

    private final Submissions submissions;
    private final Dossiers dossiers;

    Appraisals(Submissions submissions, Dossiers dossiers) {
        this.submissions = submissions;
        this.dossiers = dossiers;
    }

    @Transactional
    public void forward(long submissionId, Actor appraiser) {
        if (!appraiser.is(Role.APPRAISER)) {
            throw new ForbiddenException("error.forbidden.action", label("action.FORWARD_TO_CHAIRMAN"));
        }
        submissions.get(submissionId, appraiser); // 404 before anything else
        List<Dossier> inSubmission = dossiers.inSubmission(appraiser, submissionId);
        if (inSubmission.isEmpty()) {
            // every dossier was sent back to its department: there is nothing left to forward
            throw new ConflictException("error.submission.emptied");
        }
        submissions.markForwarded(submissionId, appraiser);
        long pending = inSubmission.stream().filter(d -> d.getStatus() != DossierStatus.APPRAISED).count();
        if (pending > 0) {
            throw new ConflictException("error.submission.notAllAppraised", pending);
        }
        inSubmission.forEach(d -> dossiers.forwardToChairman(d.getId(), appraiser));
    }
}
