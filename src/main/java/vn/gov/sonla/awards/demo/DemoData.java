package vn.gov.sonla.awards.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionSigning;
import vn.gov.sonla.awards.review.Submissions;

/**
 * Demo accounts and dossiers of both programs at every stage, so each role has real work on first login.
 * Loaded with the embedded database (unless {@code AWARDS_DEMO=false}) or when {@code AWARDS_DEMO=true};
 * once only. Every dossier reaches its stage through the real workflow steps.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the load-test generator (SyntheticData), which comes last
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "sonla2021";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Environment env;
    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final Accounts accounts;
    private final UnitRepository units;
    private final DemoFiling filing;
    private final Dossiers dossiers;
    private final Submissions submissions;
    private final SubmissionSigning signing;
    private final Appraisals appraisals;
    private final Decisions decisions;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Approvals approvals;
    private final DepartmentSteps departmentSteps;

    DemoData(Environment env, ObjectProvider<EmbeddedPostgres> embedded, Accounts accounts, UnitRepository units,
             DemoFiling filing, Dossiers dossiers, Submissions submissions, SubmissionSigning signing,
             Appraisals appraisals, Decisions decisions, TransactionTemplate tx, Clock clock, Approvals approvals, DepartmentSteps departmentSteps) {
        this.departmentSteps = departmentSteps;
        this.approvals = approvals;
        this.clock = clock;
        this.env = env;
        this.embedded = embedded;
        this.accounts = accounts;
        this.units = units;
        this.filing = filing;
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.signing = signing;
        this.appraisals = appraisals;
        this.decisions = decisions;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean explicit = env.getProperty("awards.demo", Boolean.class);
        boolean enabled = explicit != null ? explicit : embedded.getIfAvailable() != null;
        if (!enabled || accounts.exists("admin")) {
            return;
        }
        log.info("Loading demo accounts and dossiers (password of every demo account: {})", PASSWORD);
        tx.executeWithoutResult(status -> load());
    }

    private void load() {
        account("admin", "Quản trị hệ thống", Role.ADMIN, "VPUBND");
        Actor maison = account("vanthu.maison", "Lò Thị Hoa", Role.CLERK, "MAISON");
        Actor bvdk = account("vanthu.bvdk", "Nguyễn Thị Lan", Role.CLERK, "BVDK");
        Actor viettel = account("vanthu.viettel", "Trần Văn Minh", Role.CLERK, "VIETTEL");
        Actor syt = account("syt", "Hoàng Văn Nam", Role.DEPARTMENT, "SYT");
        Actor stttt = account("stttt", "Vũ Thị Hà", Role.DEPARTMENT, "STTTT");
        Actor snv = account("snv", "Đinh Văn Sơn", Role.APPRAISER, "SNV");
        Actor vpubnd = account("vpubnd", "Cầm Thị Thu", Role.CHAIRMAN_OFFICE, "VPUBND");
        Actor gdSyt = leader("gd.syt", "Trần Quốc Việt", Role.DEPARTMENT, "SYT", LeaderPosition.HEAD, "Giám đốc");
        Actor pgdSyt = leader("pgd.syt", "Lê Thị Minh Hằng", Role.DEPARTMENT, "SYT", LeaderPosition.DEPUTY, "Phó Giám đốc");
        Actor gdStttt = leader("gd.stttt", "Nguyễn Mạnh Cường", Role.DEPARTMENT, "STTTT", LeaderPosition.HEAD, "Giám đốc");
        Actor gdSnv = leader("gd.snv", "Bùi Văn Thịnh", Role.APPRAISER, "SNV", LeaderPosition.HEAD, "Giám đốc");
        Actor ctUbnd = leader("ct.ubnd", "Hoàng Quốc Khánh", Role.CHAIRMAN_OFFICE, "VPUBND", LeaderPosition.HEAD, "Chủ tịch");
        Actor pctUbnd = leader("pct.ubnd", "Đặng Ngọc Hậu", Role.CHAIRMAN_OFFICE, "VPUBND", LeaderPosition.DEPUTY, "Phó Chủ tịch");
        leader("ct.maison", "Tráng A Tủa", Role.CLERK, "MAISON", LeaderPosition.HEAD, "Chủ tịch");
        // the head of UBND huyện Mai Sơn signs its dossiers in the system: its clerk presents, the head sends on
        units.findByCode("MAISON").orElseThrow().headSigns(true);

        String covid = "COVID19";
        String song = "SONG_MAY_TINH";
        String merit = "CHAIRMAN_CERTIFICATE";

        // A decided submission: one award granted by decision, one state award proposed, one declined.
        DossierView granted = submitted(bvdk, covid, merit, collective("Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Sơn La",
                "Điều trị thành công hơn 300 ca bệnh Covid-19 nặng và nguy kịch, không để lây nhiễm chéo trong bệnh viện."));
        DossierView proposed = submitted(bvdk, covid, "LABOUR_ORDER", person("Nguyễn Văn Hùng", "Giám đốc Bệnh viện Đa khoa tỉnh", 1968, Gender.MALE, true,
                "Trực tiếp chỉ đạo điều trị bệnh nhân Covid-19 toàn tỉnh; thành lập bệnh viện dã chiến trong 72 giờ."));
        DossierView declined = submitted(maison, covid, merit, person("Lường Văn Thắng", "Phó Chủ tịch UBND xã Chiềng Mung", 1979, Gender.MALE, false,
                "Tham gia chỉ đạo công tác phòng, chống dịch tại xã."));
        SubmissionView decidedSubmission = acceptAndSend(syt, pgdSyt, granted, proposed, declined);
        appraiseAll(snv, gdSnv, decidedSubmission, granted, proposed, declined);
        approvals.approve(granted.id(), version(vpubnd, granted), null, vpubnd);
        approvals.approve(proposed.id(), version(vpubnd, proposed), "Đồng ý trình Thủ tướng Chính phủ.", vpubnd);
        approvals.decline(declined.id(), version(vpubnd, declined), "Thành tích chưa nổi bật so với tiêu chuẩn Bằng khen.", vpubnd);
        decisions.issue(decidedSubmission.id(), LocalDate.now(clock), vpubnd, ctUbnd)
                .ifPresent(decision -> decisions.publish(decision.id(), vpubnd)); // so the public roll shows it

        // A submission at the chairman's office.
        DossierView atChairman1 = submitted(bvdk, covid, merit, person("Phạm Thị Mai", "Điều dưỡng trưởng khoa Truyền nhiễm", 1985, Gender.FEMALE, true,
                "Tình nguyện tham gia tuyến đầu chống dịch 6 tháng liên tục tại khu điều trị Covid-19."));
        DossierView atChairman2 = submitted(maison, covid, merit, collective("Trạm Y tế xã Hát Lót, huyện Mai Sơn",
                "Tổ chức tiêm vắc-xin cho 95% người dân trong độ tuổi; không để dịch lây lan trong cộng đồng."));
        SubmissionView forwarded = acceptAndSend(syt, gdSyt, atChairman1, atChairman2);
        appraiseAll(snv, gdSnv, forwarded, atChairman1, atChairman2);

        // A submission at Home Affairs, one dossier already appraised.
        DossierView atHa1 = submitted(maison, covid, merit, person("Quàng Thị Xuân", "Y sĩ Trạm Y tế thị trấn Hát Lót", 1990, Gender.FEMALE, true,
                "Trực chốt kiểm soát dịch 120 ngày; lấy hơn 5.000 mẫu xét nghiệm."));
        DossierView atHa2 = submitted(bvdk, covid, merit, person("Đỗ Minh Tuấn", "Bác sĩ khoa Cấp cứu", 1987, Gender.MALE, true,
                "Tham gia đội phản ứng nhanh, hỗ trợ các huyện điều trị ca bệnh nặng."));
        acceptAndSend(syt, gdSyt, atHa1, atHa2);
        appraisals.appraise(atHa1.id(), version(snv, atHa1), true, "Đủ điều kiện, tiêu chuẩn.", snv);

        DossierView songAtHa = submitted(viettel, song, merit, collective("Viettel Sơn La - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội",
                "Phủ sóng di động cho 45 bản đặc biệt khó khăn; tặng 500 máy tính bảng cho học sinh."));
        acceptAndSend(stttt, gdStttt, songAtHa);

        // Waiting for the chairman's signature: the office approved the row and presented the decision to ct.ubnd.
        DossierView toSignChairman = submitted(maison, covid, merit, person("Lò Văn Khiêm", "Trưởng Công an xã Chiềng Mung", 1980, Gender.MALE, true,
                "Chỉ huy 3 chốt kiểm soát dịch trên quốc lộ 6 trong 90 ngày; vận động 100% hộ dân khai báo y tế."));
        SubmissionView chairmanToSign = acceptAndSend(syt, gdSyt, toSignChairman);
        appraiseAll(snv, gdSnv, chairmanToSign, toSignChairman);
        approvals.approve(toSignChairman.id(), version(vpubnd, toSignChairman), "Đủ tiêu chuẩn Bằng khen.", vpubnd);
        decisions.present(chairmanToSign.id(), LocalDate.now(clock), ctUbnd.id(), vpubnd);

        // Waiting for the signature of the head of UBND huyện Mai Sơn.
        Demo toSignMaison = person("Lò Thị Nhung", "Trưởng Trạm Y tế xã Mường Bon", 1983, Gender.FEMALE, true,
                "Tổ chức cách ly, chăm sóc 240 người trở về từ vùng dịch; không để lây nhiễm ra cộng đồng.");
        filing.presentedToUnitHead(maison, covid, merit, toSignMaison.nominee(), toSignMaison.achievements());

        // Waiting for a leader's signature: a Tờ trình of each department, an appraisal report at Home Affairs.
        DossierView toSignSyt = submitted(bvdk, covid, merit, person("Mùi Thị Duyên", "Hộ sinh Trạm Y tế xã Chiềng Ban", 1986, Gender.FEMALE, true,
                "Tham gia 4 đợt tăng cường cho khu cách ly tập trung của tỉnh; hỗ trợ sinh an toàn cho 12 sản phụ F0."));
        presented(syt, toSignSyt);
        DossierView toSignStttt = submitted(viettel, song, merit, person("Sồng A Lử", "Nhân viên kỹ thuật Viettel huyện Sốp Cộp", 1994, Gender.MALE, false,
                "Lắp đặt 9 trạm phát sóng mới, đưa sóng di động đến 14 bản chưa có sóng."));
        presented(stttt, toSignStttt);
        DossierView reportToSign = submitted(viettel, song, merit, collective("Tổ kỹ thuật hạ tầng Viettel huyện Mường La",
                "Bảo đảm thông tin liên lạc thông suốt cho 100% trường học dạy trực tuyến trong mùa dịch."));
        SubmissionView songSent = acceptAndSend(stttt, gdStttt, reportToSign);
        appraisals.appraise(reportToSign.id(), version(snv, reportToSign), true, "Đủ điều kiện, tiêu chuẩn.", snv);
        appraisals.presentReport(songSent.id(), snv);

        // Waiting at the compiling departments.
        DossierView accepted = submitted(maison, covid, merit, collective("Ban Chỉ đạo phòng, chống dịch Covid-19 xã Chiềng Mung",
                "Huy động nhân dân thực hiện nghiêm 5K; hoàn thành tiêm chủng mũi 2 sớm nhất huyện."));
        departmentSteps.accept(accepted.id(), version(syt, accepted), syt);
        submitted(bvdk, covid, merit, person("Trần Thị Ngọc", "Kỹ thuật viên xét nghiệm", 1992, Gender.FEMALE, true,
                "Thực hiện hơn 20.000 xét nghiệm RT-PCR, bảo đảm trả kết quả trong 24 giờ."));
        submitted(viettel, song, merit, person("Lê Văn Dũng", "Giám đốc Viettel Sơn La", 1975, Gender.MALE, false,
                "Chỉ đạo triển khai Chương trình \"Sóng và máy tính cho em\" tại 12 huyện, thành phố."));
        DossierView songAccepted = submitted(maison, song, merit, person("Hà Thị Thanh", "Giáo viên Trường Tiểu học Chiềng Mung", 1988, Gender.FEMALE, false,
                "Vận động tặng 60 máy tính cho học sinh có hoàn cảnh khó khăn học trực tuyến."));
        departmentSteps.accept(songAccepted.id(), version(stttt, songAccepted), stttt);

        // Back with the units.
        DossierView returned = submitted(maison, covid, merit, person("Cầm Văn Phong", "Trưởng bản Nà Ngần", 1970, Gender.MALE, false,
                "Vận động bà con thực hiện các biện pháp phòng dịch."));
        departmentSteps.returnForSupplementation(returned.id(), version(syt, returned),
                "Báo cáo thành tích còn chung chung; đề nghị bổ sung số liệu cụ thể và xác nhận của UBND xã.", syt);
        DossierView rejected = submitted(bvdk, covid, merit, person("Vi Văn Long", "Nhân viên hành chính", 1995, Gender.MALE, false,
                "Hoàn thành nhiệm vụ được giao."));
        departmentSteps.reject(rejected.id(), version(syt, rejected), "Không đạt tiêu chuẩn theo mục III.2.2 của Kế hoạch 215/KH-UBND.", syt);
        draft(bvdk, covid, merit, person("Bạc Thị Hằng", "Bác sĩ khoa Nhi", 1991, Gender.FEMALE, true,
                "Tham gia điều trị trẻ em mắc Covid-19."));
        draft(viettel, song, merit, person("Nguyễn Đức Anh", "Kỹ sư vô tuyến", 1993, Gender.MALE, false,
                "Lắp đặt trạm phát sóng tại các bản vùng cao huyện Sốp Cộp."));
    }

    private Actor account(String username, String fullName, Role role, String unitCode) {
        accounts.create(username, PASSWORD, fullName, role, units.findByCode(unitCode).orElseThrow());
        return accounts.load(username).actor();
    }

    private Actor leader(String username, String fullName, Role role, String unitCode, LeaderPosition position, String title) {
        accounts.createLeader(username, PASSWORD, fullName, role, units.findByCode(unitCode).orElseThrow(), position, title);
        return accounts.load(username).actor();
    }

    /** A demo nominee and the achievements its unit reports. */
    private record Demo(Nominee nominee, String achievements) {
    }

    private static Demo person(String name, String position, int birthYear, Gender gender, boolean frontline, String summary) {
        return new Demo(Nominee.individual(name, position, position, birthYear, gender, frontline), summary);
    }

    private static Demo collective(String name, String summary) {
        return new Demo(Nominee.collective(name, null, "Tỉnh Sơn La",
                "Tập thể thuộc lực lượng tham gia phòng, chống dịch Covid-19 của tỉnh."), summary);
    }

    private DossierView draft(Actor clerk, String campaignCode, String awardCode, Demo demo) {
        return filing.start(clerk, campaignCode, awardCode, demo.nominee());
    }

    private DossierView submitted(Actor clerk, String campaignCode, String awardCode, Demo demo) {
        return filing.submitted(clerk, campaignCode, awardCode, demo.nominee(), demo.achievements());
    }

    /** The specialist compiles and presents; a leader of the department signs. */
    private SubmissionView acceptAndSend(Actor staff, Actor leader, DossierView... toSend) {
        for (DossierView d : toSend) {
            departmentSteps.accept(d.id(), version(staff, d), staff);
        }
        return submissions.compileAndSign(List.of(toSend).stream().map(DossierView::id).toList(), staff, leader);
    }

    /** Accepted and compiled into a draft presented to the department's leaders, waiting for their signature. */
    private SubmissionView presented(Actor staff, DossierView... toSend) {
        for (DossierView d : toSend) {
            departmentSteps.accept(d.id(), version(staff, d), staff);
        }
        SubmissionView draft = submissions.createDraft(List.of(toSend).stream().map(DossierView::id).toList(), staff);
        return signing.present(draft.id(), staff);
    }

    /** Home Affairs' specialist appraises and presents the report; its director signs and it is forwarded. */
    private void appraiseAll(Actor appraiser, Actor leader, SubmissionView submission, DossierView... toAppraise) {
        for (DossierView d : toAppraise) {
            appraisals.appraise(d.id(), version(appraiser, d), true, "Đủ điều kiện, tiêu chuẩn.", appraiser);
        }
        appraisals.forward(submission.id(), appraiser, leader);
    }

    private long version(Actor user, DossierView d) {
        return dossiers.view(d.id(), user).version();
    }
}
