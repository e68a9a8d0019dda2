package vn.gov.sonla.awards.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.review.SubmissionView;

/**
 * A submission of the Department of Health brought through the real steps, for the document tests: two
 * individuals and one collective of the provincial hospital are filed, accepted and sent; Home Affairs endorses
 * three and does not endorse a fourth; the chairman's office approves the three and declines the fourth and presents the
 * decision, which the chairman signs. Each stage can be stopped at ({@link #sent()}, {@link #appraised()}, {@link #forwarded()}, {@link #decided()}).
 * The dossiers are filed for the chairman's certificate, or for another award form ({@link #filedAs}) that the
 * department replaces by the chairman's certificate when accepting them.
 */
public final class DecidedChain {

    public static final String CLERK = "vanthu.bvdk";
    public static final String HEALTH = "syt";
    public static final String HOME_AFFAIRS = "snv";
    public static final String OFFICE = "vpubnd";
    /** The chairman, who signs the decision the office presents. */
    public static final String CHAIRMAN = "ct.ubnd";
    /** The award form the decision grants. */
    public static final String PROVINCIAL_AWARD = "CHAIRMAN_CERTIFICATE";

    /** The application's services the chain takes its steps through. */
    private final DecidedChains services;

    public final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    public final String firstIndividual = "Lường Thị Hương " + tag;
    public final String secondIndividual = "Đinh Công Thưởng " + tag;
    public final String collective = "Khoa Hồi sức tích cực - Chống độc " + tag;
    public final String notEndorsed = "Quàng Văn Ước " + tag;
    public final String remark = "Chưa đủ minh chứng về thời gian trực tiếp tham gia chống dịch " + tag;
    public final List<Dossier> filed = new ArrayList<>();
    public SubmissionView submission;
    public DecisionView decision;
    private String filedAward = PROVINCIAL_AWARD;

    DecidedChain(DecidedChains services) {
        this.services = services;
    }

    /** The dossiers are filed for that award form; the department accepts them as the chairman's certificate. */
    public DecidedChain filedAs(String awardCode) {
        filedAward = awardCode;
        return this;
    }

    public DecidedChain sent() {
        file(Nominee.individual(firstIndividual, "Điều dưỡng trưởng khoa Truyền nhiễm", "Bệnh viện Đa khoa tỉnh", 1978,
                Gender.FEMALE, true), "Trực tiếp chăm sóc hơn 600 người bệnh Covid-19 tại khu điều trị tầng 3.");
        file(Nominee.individual(secondIndividual, "Bác sĩ khoa Hồi sức tích cực", "Bệnh viện Đa khoa tỉnh", 1985,
                Gender.MALE, true), "Tham gia điều trị ca bệnh nặng, đề xuất quy trình thở máy an toàn.");
        file(Nominee.collective(collective, "Bệnh viện Đa khoa tỉnh Sơn La", "Thành phố Sơn La", "Khoa điều trị Covid-19"),
                "Hoàn thành 100% nhiệm vụ điều trị người bệnh Covid-19 nặng của tỉnh.");
        file(Nominee.individual(notEndorsed, "Kỹ thuật viên xét nghiệm", "Bệnh viện Đa khoa tỉnh", 1990, Gender.MALE, false),
                "Thực hiện xét nghiệm RT-PCR.");
        var health = services.fixtures.user(HEALTH);
        Long proposed = filedAward.equals(PROVINCIAL_AWARD) ? null
                : services.awardForms.findByCode(PROVINCIAL_AWARD).orElseThrow().getId();
        for (Dossier d : filed) {
            services.departmentSteps.accept(d.getId(), services.fixtures.reload(d, HEALTH).getVersion(), proposed,
                    proposed == null ? null : "Thành tích ở phạm vi tỉnh", health.actor());
        }
        submission = services.submissions.compileAndSign(filed.stream().map(Dossier::getId).toList(), health.actor(),
                services.fixtures.leaderOf(health.actor()));
        return this;
    }

    public DecidedChain appraised() {
        sent();
        var snv = services.fixtures.user(HOME_AFFAIRS);
        for (Dossier d : filed) {
            boolean endorse = !d.getNomineeName().equals(notEndorsed);
            services.appraisals.appraise(d.getId(), services.fixtures.reload(d, HOME_AFFAIRS).getVersion(), endorse,
                    endorse ? null : remark, snv.actor());
        }
        return this;
    }

    public DecidedChain forwarded() {
        appraised();
        var snv = services.fixtures.user(HOME_AFFAIRS);
        services.appraisals.forward(submission.id(), snv.actor(), services.fixtures.leaderOf(snv.actor()));
        submission = services.submissions.get(submission.id(), snv.actor());
        return this;
    }

    /** The office approved the endorsed dossiers, declined the other, and presented the decision to the chairman. */
    public DecidedChain presented() {
        return presentedOn(LocalDate.of(2021, 12, 3));
    }

    /** As {@link #presented()}, the decision to bear this date. */
    public DecidedChain presentedOn(LocalDate decisionDate) {
        forwarded();
        var office = services.fixtures.user(OFFICE);
        for (Dossier d : filed) {
            long version = services.fixtures.reload(d, OFFICE).getVersion();
            if (d.getNomineeName().equals(notEndorsed)) {
                services.approvals.decline(d.getId(), version, "Theo ý kiến thẩm định của Sở Nội vụ", office.actor());
            } else {
                services.approvals.approve(d.getId(), version, null, office.actor());
            }
        }
        submission = services.decisions.present(submission.id(), decisionDate, services.fixtures.actor(CHAIRMAN).id(),
                office.actor());
        return this;
    }

    /** The chairman signed the presented decision. */
    public DecidedChain decided() {
        return decidedOn(LocalDate.of(2021, 12, 3));
    }

    /** As {@link #decided()}, the decision dated this day. */
    public DecidedChain decidedOn(LocalDate decisionDate) {
        presentedOn(decisionDate);
        decision = services.decisions.sign(submission.id(), submission.decisionSignOff().revision(), services.fixtures.actor(CHAIRMAN))
                .decision().orElseThrow();
        submission = services.submissions.get(submission.id(), services.fixtures.actor(OFFICE));
        return this;
    }

    public Dossier dossier(String nomineeName) {
        return filed.stream().filter(d -> d.getNomineeName().equals(nomineeName)).findFirst().orElseThrow();
    }

    private void file(Nominee nominee, String achievements) {
        filed.add(services.fixtures.aSubmittedDossier(CLERK, "COVID19", filedAward, nominee, achievements));
    }
}
