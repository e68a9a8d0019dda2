package vn.gov.sonla.awards.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.ChairmanSignOff;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;

/** What waits for the signature of the leader's office, oldest presentation first; any leader of it may sign. */
@Service
@Transactional(readOnly = true)
public class SigningQueue {

    private final Submissions submissions;
    private final Accounts accounts;
    private final ChairmanSignOff chairmanSignOff;
    private final Dossiers dossiers;

    SigningQueue(Submissions submissions, Accounts accounts, ChairmanSignOff chairmanSignOff, Dossiers dossiers) {
        this.dossiers = dossiers;
        this.chairmanSignOff = chairmanSignOff;
        this.submissions = submissions;
        this.accounts = accounts;
    }

    /** A document waiting: its kind (the label key), number or description, who presented it and when, its page. */
    public record Waiting(String kindKey, String title, String presentedBy, Instant presentedAt, String href) {
    }

    public List<Waiting> waiting(Actor leader) {
        if (!accounts.isLeader(leader.id())) {
            return List.of();
        }
        List<Waiting> all = new ArrayList<>();
        for (SubmissionView s : submissions.awaitingDepartmentSignature(leader)) {
            all.add(new Waiting("signing.kind.submission", s.departmentName(), s.signOff().presentedBy(),
                    s.signOff().presentedAt(), "/signing/submissions/" + s.id()));
        }
        for (SubmissionView s : submissions.awaitingReportSignature(leader)) {
            all.add(new Waiting("signing.kind.report", s.number() + " — " + s.departmentName(),
                    s.reportSignOff().presentedBy(), s.reportSignOff().presentedAt(), "/signing/reports/" + s.id()));
        }
        for (SubmissionView s : chairmanSignOff.awaiting(leader)) {
            all.add(new Waiting("signing.kind.decision", s.appraisalReportNumber() + " — " + s.departmentName(),
                    s.decisionSignOff().presentedBy(), s.decisionSignOff().presentedAt(), "/signing/decisions/" + s.id()));
        }
        for (Dossiers.PresentedDossier d : unitHead(leader)) {
            all.add(new Waiting("signing.kind.dossier", d.row().nomineeName() + " — " + d.row().campaignShortName(),
                    d.presentedBy(), d.presentedAt(), "/signing/dossiers/" + d.row().id()));
        }
        all.sort(Comparator.comparing(Waiting::presentedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    private List<Dossiers.PresentedDossier> unitHead(Actor leader) {
        return leader.is(Role.CLERK) ? dossiers.presentedToUnitHead(leader) : List.of();
    }

    /** How many documents wait, for the leader's home page. */
    public int count(Actor leader) {
        return waiting(leader).size();
    }
}
