package vn.gov.sonla.awards.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.decision.Corrections;
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
    private final SigningDeadlines deadlines;
    private final Corrections corrections;
    private final Clock clock;

    SigningQueue(Submissions submissions, Accounts accounts, ChairmanSignOff chairmanSignOff, Dossiers dossiers,
                 SigningDeadlines deadlines, Corrections corrections, Clock clock) {
        this.clock = clock;
        this.corrections = corrections;
        this.deadlines = deadlines;
        this.dossiers = dossiers;
        this.chairmanSignOff = chairmanSignOff;
        this.submissions = submissions;
        this.accounts = accounts;
    }

    /**
     * A document waiting: its kind (the label key), number or description, who presented it and when, its page, and
     * the working days it has waited against its deadline (null when it no longer waits).
     */
    public record Waiting(String kindKey, String title, String presentedBy, Instant presentedAt, String href,
                          SigningDeadlines.Waiting deadline) {

        Waiting(String kindKey, String title, String presentedBy, Instant presentedAt, String href) {
            this(kindKey, title, presentedBy, presentedAt, href, null);
        }

        public boolean overdue() {
            return deadline != null && deadline.overdue();
        }
    }

    /** What waits for the leader's office, each with how long it has waited against its deadline (one query for all). */
    public List<Waiting> waiting(Actor leader) {
        List<Waiting> documents = documents(leader);
        if (documents.isEmpty()) {
            return documents;
        }
        java.util.Map<String, SigningDeadlines.Waiting> byPage = deadlines.all(LocalDate.ofInstant(clock.instant(),
                ProvinceTime.ZONE)).stream().collect(java.util.stream.Collectors.toMap(SigningDeadlines.Waiting::link, w -> w));
        return documents.stream().map(w -> new Waiting(w.kindKey(), w.title(), w.presentedBy(), w.presentedAt(), w.href(),
                byPage.get(w.href()))).toList();
    }

    private List<Waiting> documents(Actor leader) {
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
        for (Corrections.Request c : corrections.awaiting(leader)) {
            all.add(new Waiting("signing.kind.correction", c.correctedNumber(), c.presentedBy(), c.presentedAt(),
                    "/signing/corrections/" + c.id()));
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
        return documents(leader).size();
    }
}
