package vn.gov.sonla.awards.appraisal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submissions;

/** Home Affairs forwards a submission once every dossier in it has been appraised. */
@Service
public class Appraisals {

    private final Submissions submissions;
    private final Dossiers dossiers;

    Appraisals(Submissions submissions, Dossiers dossiers) {
        this.submissions = submissions;
        this.dossiers = dossiers;
    }

    @Transactional
    public void forward(long submissionId, CurrentUser appraiser) {
        submissions.markForwarded(submissionId, appraiser);
        List<Dossier> inSubmission = dossiers.inSubmission(appraiser, submissionId);
        long pending = inSubmission.stream().filter(d -> d.getStatus() != DossierStatus.APPRAISED).count();
        if (pending > 0) {
            throw new ConflictException("error.submission.notAllAppraised", pending);
        }
        inSubmission.forEach(d -> dossiers.forwardToChairman(d.getId(), appraiser));
    }
}
