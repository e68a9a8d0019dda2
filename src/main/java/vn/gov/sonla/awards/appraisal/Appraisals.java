package vn.gov.sonla.awards.appraisal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierSelection;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.HomeAffairsSteps;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.appraisal.internal.AppraisalOpinion;
import vn.gov.sonla.awards.appraisal.internal.AppraisalOpinionRepository;
import vn.gov.sonla.awards.appraisal.internal.OpinionsOfMany;

import static vn.gov.sonla.awards.common.UserFacing.label;

/**
 * Home Affairs' appraisal: an opinion on each dossier of a submission (kept here, the dossier's stage moved by
 * its own step), a dossier sent back to its department (its opinion no longer stands), and the submission
 * forwarded once every dossier still in it has been appraised; a submission left empty cannot be forwarded.
 */
@Service
public class Appraisals {

    private final Submissions submissions;
    private final Dossiers dossiers;
    private final HomeAffairsSteps steps;
    private final AppraisalOpinionRepository opinions;
    private final OpinionsOfMany opinionsOfMany;

    Appraisals(Submissions submissions, Dossiers dossiers, HomeAffairsSteps steps, AppraisalOpinionRepository opinions,
               OpinionsOfMany opinionsOfMany) {
        this.opinionsOfMany = opinionsOfMany;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.steps = steps;
        this.opinions = opinions;
    }

    /** Home Affairs endorses the dossier or not, with a remark (required when not endorsing). */
    @Transactional
    public void appraise(long dossierId, long version, boolean endorsed, String remark, Actor appraiser) {
        refuseWhileReportAwaitsSignature(dossierId, appraiser);
        steps.appraise(dossierId, version, endorsed, remark, appraiser);
        AppraisalOpinion opinion = opinions.findById(dossierId).orElseGet(() -> new AppraisalOpinion(dossierId));
        opinion.give(endorsed, remark);
        opinions.save(opinion);
    }

    /**
     * Home Affairs endorses each chosen dossier of a submission with one common remark (or none): each through the
     * same step as on its own, in one transaction. When any of them cannot be (changed since the page showed it
     * — {@code shown} holds the versions the page showed —, no longer in the submission, or not at a stage to
     * appraise), none is endorsed and each is named. Refused while the appraisal report awaits signature.
     *
     * @return how many were endorsed
     */
    @Transactional
    public int endorseAll(long submissionId, Collection<Long> dossierIds, Map<Long, Long> shown, String remark,
                          Actor appraiser) {
        if (!appraiser.is(Role.APPRAISER)) {
            throw new ForbiddenException("error.forbidden.action", label("action.APPRAISE"));
        }
        // one at a time with presenting the report, which reads every opinion of the submission
        submissions.lockForForwarding(submissionId, appraiser);
        if (submissions.reportAwaitingSignature(submissionId)) {
            throw new ConflictException("error.signing.awaitingSignature");
        }
        Map<Long, Long> versions = DossierSelection.toStep(dossiers.inSubmission(appraiser, submissionId), dossierIds,
                shown, DossierAction.APPRAISE, "error.endorseSelected.refused");
        steps.appraiseAll(versions, true, remark, appraiser);
        opinionsOfMany.giveAll(versions.keySet(), true, remark);
        return versions.size();
    }

    /** Home Affairs sends the dossier back to its compiling department, with the reason; its opinion goes. */
    @Transactional
    public void returnToDepartment(long dossierId, long version, String reason, Actor appraiser) {
        refuseWhileReportAwaitsSignature(dossierId, appraiser);
        steps.returnToDepartment(dossierId, version, reason, appraiser);
        opinions.deleteById(dossierId);
    }

    /**
     * Home Affairs' specialist presents the appraisal report to the director once every dossier still in the submission
     * is appraised; a repeated or simultaneous presentation is told it was done.
     */
    @Transactional
    public void presentReport(long submissionId, Actor appraiser) {
        if (!appraiser.is(Role.APPRAISER)) {
            throw new ForbiddenException("error.forbidden.action", label("action.FORWARD_TO_CHAIRMAN"));
        }
        // 404 before anything else; a request sent at the same moment waits here, then is told it was done
        submissions.lockForForwarding(submissionId, appraiser);
        List<DossierView> inSubmission = dossiers.inSubmission(appraiser, submissionId);
        if (inSubmission.isEmpty()) {
            // every dossier was sent back to its department: there is nothing left to forward
            throw new ConflictException("error.submission.emptied");
        }
        long pending = inSubmission.stream().filter(d -> d.status() != DossierStatus.APPRAISED).count();
        if (pending > 0) {
            throw new ConflictException("error.submission.notAllAppraised", pending);
        }
        submissions.presentReport(submissionId, appraiser);
    }

    /**
     * The director (or a deputy) signs the appraisal report presented to them: numbered "N/TTr-SNV" and only then is
     * the submission forwarded, its dossiers with it, in one transaction.
     */
    @Transactional
    public void signAndForward(long submissionId, int readRevision, Actor leader) {
        submissions.signReport(submissionId, readRevision, leader);
        steps.forwardAllToChairman(dossiers.inSubmission(leader, submissionId).stream().map(DossierView::id).toList(),
                leader);
    }

    /** Presents and signs at once, by two accounts: for the demo data and tests that need a forwarded submission. */
    @Transactional
    public void forward(long submissionId, Actor appraiser, Actor leader) {
        presentReport(submissionId, appraiser);
        signAndForward(submissionId, submissions.get(submissionId, leader).reportSignOff().revision(), leader);
    }

    /** What the director reads and signs stays as presented: the specialist recalls the report to change an opinion. */
    private void refuseWhileReportAwaitsSignature(long dossierId, Actor appraiser) {
        Long submissionId = dossiers.view(dossierId, appraiser).submissionId();
        if (submissionId != null && submissions.reportAwaitingSignature(submissionId)) {
            throw new ConflictException("error.signing.awaitingSignature");
        }
    }

    /** The opinion on a dossier, if Home Affairs gave one that still stands. */
    @Transactional(readOnly = true)
    public Optional<Opinion> opinionOf(long dossierId) {
        return opinions.findById(dossierId).map(AppraisalOpinion::view);
    }

    /** The opinions on these dossiers, by dossier id (those without one are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Opinion> opinionsOf(Collection<Long> dossierIds) {
        Map<Long, Opinion> byDossier = new HashMap<>();
        if (!dossierIds.isEmpty()) {
            opinions.findByDossierIdIn(dossierIds).forEach(o -> byDossier.put(o.dossierId(), o.view()));
        }
        return byDossier;
    }
}
