package vn.gov.sonla.awards.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.review.SubmissionSigning;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page and every form of every role, and the sign-in, receive a corpus of hostile values in each of their
 * fields, query parameters and uploads: nothing answers 5xx, nothing typed comes back unescaped, and a refused form
 * comes back with what was typed. The fields are read from the controllers' own signatures (their form records and
 * request parameters), and {@link #everyEndpointIsInTheCatalogue()} holds the catalogue of who may reach each page equal
 * to the controllers' mappings, so that a new page or a new field cannot be missed.
 * <p>
 * Each request runs in a transaction that is flushed (as a commit would) and then rolled back, so that every request
 * finds the same dossiers in the same stages: a hostile value that a step would have written reaches the database
 * whatever was sent before it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

    static final List<String> VALUES = HostileValues.all();
    static final List<Batch> BATCHES = batches(VALUES, 250);
    /** For a field that takes thousands of characters: the short values in a few long batches. */
    static final List<Batch> LONG_BATCHES = batches(VALUES, 3500);
    static final byte[] HOSTILE_WORKBOOK = hostileWorkbook();
    /** How many of the values a typed field cannot read are sent to it. */
    static final int UNREADABLE_SAMPLE = 3;
    /** What is put in the place of an id in a path. */
    static final List<String> PATH_IDS = List.of("-1", "99999999999999999999", "<script>", "\u0000");
    static final String ANONYMOUS = "";
    static final String CLERK = "vanthu.maison";
    static final String DEPARTMENT = "syt";
    static final String APPRAISER = DecidedChain.HOME_AFFAIRS;
    static final String OFFICE = DecidedChain.OFFICE;
    static final String ADMIN = "admin";
    static final String SONG_KEEPER = "stttt";
    static final String SONG_CLERK = "vanthu.viettel";
    static final String DEPARTMENT_LEADER = "gd.syt";
    static final String APPRAISER_LEADER = "gd.snv";
    static final String CHAIRMAN_LEADER = "ct.ubnd";
    static final String UNIT_HEAD = "ct.maison";
    static final String HOSTILE_ADDRESS = "203.0.113.66";
    /** Markup that would be live if it came back as it was sent. */
    static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/?]|=\\s*[\"']|[\"']\\s*(on|autofocus|>)");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManager entityManager;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired SubmissionSigning signing;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired vn.gov.sonla.awards.dossier.UnitSteps unitSteps;
    @Autowired vn.gov.sonla.awards.decision.Corrections corrections;
    @Autowired CampaignRepository campaigns;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired Approvals approvals;
    @Autowired @Qualifier("mvcConversionService") ConversionService conversions;

    long campaign;
    long awardForm;
    long stateAwardForm;
    long unit;
    long compilingUnit;
    long draft;
    long attachment;
    long submitted;
    long toReview;
    long accepted;
    long draftSubmission;
    long presentedSubmission;
    long presentedReport;
    long atUnitHead;
    long correctionRequest;
    long inDraftSubmission;
    DecidedChain atHomeAffairs;
    DecidedChain atChairman;
    DecidedChain decided;
    DecidedChain presentedDecision;
    long proposed;
    long grassroots;
    long account;
    long criterion;
    long notice;
    long songEntry;
    long songWaiting;
    long songDraft;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, CurrentUser> users = new java.util.HashMap<>();
    private int requests;

    @BeforeAll
    void dossiersAtEveryStage() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        campaign = id("select id from campaign where code = 'COVID19'");
        awardForm = id("select id from award_form where code = 'CHAIRMAN_CERTIFICATE'");
        stateAwardForm = id("select id from award_form where code = 'LABOUR_ORDER'");
        unit = id("select id from unit where code = 'MAISON'");
        compilingUnit = id("select id from unit where code = 'SYT'");
        Dossier d = fixtures.aCompleteDraft(CLERK, "COVID19", "CHAIRMAN_CERTIFICATE", "Hà Thị Thử Nghiệm " + tag);
        draft = d.getId();
        attachment = id("select min(id) from dossier_attachment where dossier_id = " + draft);
        submitted = fixtures.aSubmittedDossier(CLERK, "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Rút " + tag).getId();
        toReview = fixtures.aSubmittedDossier(CLERK, "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Thị Xét " + tag).getId();
        accepted = fixtures.anAcceptedDossier(CLERK, DEPARTMENT, "COVID19", "Cầm Văn Nhận " + tag).getId();
        inDraftSubmission = fixtures.anAcceptedDossier(CLERK, DEPARTMENT, "COVID19", "Tòng Thị Nháp " + tag).getId();
        draftSubmission = submissions.createDraft(List.of(inDraftSubmission), fixtures.actor(DEPARTMENT)).id();
        long toPresent = fixtures.anAcceptedDossier(CLERK, DEPARTMENT, "COVID19", "Lò Thị Trình Ký " + tag).getId();
        presentedSubmission = signing.present(submissions.createDraft(List.of(toPresent), fixtures.actor(DEPARTMENT)).id(),
                fixtures.actor(DEPARTMENT)).id();
        presentedReport = chain().appraised().submission.id();
        appraisals.presentReport(presentedReport, fixtures.actor(APPRAISER));
        atHomeAffairs = chain().sent();
        atChairman = chain().forwarded();
        decided = chain().decided();
        presentedDecision = chain().presented();
        Dossier toHead = fixtures.aCompleteDraft(CLERK, "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Trình Thủ Trưởng " + tag);
        unitSteps.presentToUnitHead(toHead.getId(), toHead.getVersion(), null, fixtures.actor(CLERK));
        atUnitHead = toHead.getId();
        correctionRequest = corrections.present(decided.decision.id(), decided.decision.issuedOn(),
                fixtures.actor(CHAIRMAN_LEADER).id(), "Đính chính tên đơn vị " + tag, java.util.UUID.randomUUID(),
                fixtures.actor(OFFICE)).id();
        Dossier state = fixtures.aSubmittedDossier(CLERK, "COVID19", "LABOUR_ORDER", "Mùa A Đề Nghị " + tag);
        departmentSteps.accept(state.getId(), state.getVersion(), fixtures.actor(DEPARTMENT));
        var sent = submissions.compileAndSign(List.of(state.getId()), fixtures.actor(DEPARTMENT), fixtures.leaderOf(fixtures.actor(DEPARTMENT)));
        appraisals.appraise(state.getId(), version(state.getId()), true, null, fixtures.actor(APPRAISER));
        appraisals.forward(sent.id(), fixtures.actor(APPRAISER), fixtures.leaderOf(fixtures.actor(APPRAISER)));
        approvals.approve(state.getId(), version(state.getId()), null, fixtures.actor(OFFICE));
        decisions.issue(sent.id(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), fixtures.actor(OFFICE), fixtures.actor(CHAIRMAN_LEADER));
        proposed = state.getId();
        grassroots = jdbc.sql("select coalesce(max(id), 0) from grassroots_decision").query(Long.class).single();
        account = id("select id from user_account where username = 'vanthu.viettel'");
        criterion = id("select min(id) from criterion");
        notice = jdbc.sql("select coalesce(min(n.id), 0) from notice n join user_account u on u.id = n.recipient_id "
                + "where u.username = ?").param(CLERK).query(Long.class).single();
        songEntry = id("""
                select coalesce(min(e.id), 0) from song_entry e join song_confirmation c on c.entry_id = e.id
                where e.kind = 'CONTRIBUTION' and e.reverses_id is null
                  and not exists (select 1 from song_entry r where r.reverses_id = e.id)""");
        songWaiting = id("select coalesce(min(e.id), 0) from song_entry e where not exists "
                + "(select 1 from song_confirmation c where c.entry_id = e.id)");
        songDraft = fixtures.aDraft(SONG_CLERK, "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Viettel Thử Nghiệm " + tag).getId();
    }

    /** Who may reach each page, and the ids in its path (a dossier, a submission… at the stage the page acts on). */
    Map<String, Target> catalogue() {
        Map<String, Target> c = new LinkedHashMap<>();
        c.put("GET /public/honour-roll", new Target(ANONYMOUS));
        c.put("GET /verify/{code}", new Target(ANONYMOUS).path("code", () -> "ABCDEF"));
        c.put("GET /verify", new Target(ANONYMOUS));
        c.put("GET /login", new Target(ANONYMOUS));
        c.put("GET /", new Target(CLERK));
        c.put("GET /account", new Target(CLERK));
        c.put("GET /account/password", new Target(CLERK));
        c.put("POST /account/password", new Target(CLERK));
        c.put("POST /account/language", new Target(CLERK));
        c.put("POST /account/sessions/end", new Target(CLERK));
        c.put("GET /inbox", new Target(CLERK));
        c.put("POST /inbox/{id}/open", new Target(CLERK).path("id", () -> notice));
        c.put("POST /inbox/read-all", new Target(CLERK));
        c.put("GET /inbox/settings", new Target(CLERK));
        c.put("POST /inbox/settings", new Target(CLERK));
        c.put("GET /reports", new Target(DEPARTMENT));
        c.put("GET /reports/export.xlsx", new Target(DEPARTMENT));
        c.put("GET /reports/report.pdf", new Target(DEPARTMENT));
        // the unit's clerk
        c.put("GET /dossiers", new Target(CLERK));
        c.put("GET /dossiers/new", new Target(CLERK));
        c.put("POST /dossiers", new Target(CLERK));
        c.put("GET /dossiers/{id}", new Target(CLERK).path("id", () -> draft));
        c.put("GET /dossiers/{id}/attachments/{attachmentId}", new Target(CLERK).path("id", () -> draft)
                .path("attachmentId", () -> attachment));
        c.put("GET /dossiers/{id}/edit/start", new Target(CLERK).path("id", () -> draft));
        c.put("POST /dossiers/{id}/start", draftStep());
        c.put("GET /dossiers/{id}/edit/nominee", new Target(CLERK).path("id", () -> draft));
        c.put("POST /dossiers/{id}/nominee", draftStep());
        c.put("GET /dossiers/{id}/edit/achievements", new Target(CLERK).path("id", () -> draft));
        c.put("POST /dossiers/{id}/achievements", draftStep());
        c.put("GET /dossiers/{id}/edit/criteria", new Target(CLERK).path("id", () -> draft));
        c.put("POST /dossiers/{id}/criteria", draftStep().text("evidence-1", "evidence-2", "evidence-3"));
        c.put("GET /dossiers/{id}/edit/attachments", new Target(CLERK).path("id", () -> draft));
        c.put("POST /dossiers/{id}/attachments", draftStep());
        c.put("POST /dossiers/{id}/attachments/{attachmentId}/delete", draftStep().path("attachmentId", () -> attachment));
        c.put("GET /dossiers/{id}/check", new Target(CLERK).path("id", () -> draft));
        c.put("POST /dossiers/{id}/submit", draftStep());
        c.put("POST /dossiers/{id}/withdraw", new Target(CLERK).path("id", () -> submitted)
                .valid("version", () -> version(submitted)));
        c.put("GET /dossiers/import", new Target(CLERK));
        c.put("GET /dossiers/import/template.xlsx", new Target(CLERK));
        c.put("POST /dossiers/import", new Target(CLERK));
        c.put("GET /grassroots", new Target(CLERK));
        c.put("GET /grassroots/new", new Target(CLERK));
        c.put("POST /grassroots", new Target(CLERK));
        c.put("GET /grassroots/{id}", new Target(CLERK).path("id", () -> grassroots));
        // the compiling department
        c.put("GET /review", new Target(DEPARTMENT));
        c.put("GET /review/accepted", new Target(DEPARTMENT));
        c.put("GET /review/submissions", new Target(DEPARTMENT));
        c.put("POST /review/dossiers/{id}/claim", new Target(DEPARTMENT).path("id", () -> toReview));
        c.put("POST /review/dossiers/{id}/take-over", new Target(DEPARTMENT).path("id", () -> toReview));
        c.put("POST /review/accept-selected", new Target(DEPARTMENT).valid("dossierIds", () -> toReview)
                .valid("shown", () -> toReview + ":" + version(toReview)));
        c.put("GET /review/submissions/{id}", new Target(DEPARTMENT).path("id", () -> draftSubmission));
        c.put("POST /review/submissions/{id}/add", new Target(DEPARTMENT).path("id", () -> draftSubmission)
                .valid("dossierIds", () -> accepted));
        c.put("POST /review/submissions/{id}/dossiers/{dossierId}/remove", new Target(DEPARTMENT)
                .path("id", () -> draftSubmission).path("dossierId", () -> inDraftSubmission));
        c.put("POST /review/submissions/{id}/present", new Target(DEPARTMENT).path("id", () -> draftSubmission));
        c.put("POST /review/submissions/{id}/recall", new Target(DEPARTMENT).path("id", () -> draftSubmission));
        c.put("POST /review/submissions/{id}/discard", new Target(DEPARTMENT).path("id", () -> draftSubmission));
        c.put("POST /review/dossiers/{id}/accept", reviewStep());
        c.put("POST /review/dossiers/{id}/return", reviewStep());
        c.put("POST /review/dossiers/{id}/reject", reviewStep());
        c.put("POST /review/submissions", new Target(DEPARTMENT).valid("dossierIds", () -> accepted));
        c.put("GET /review/accepted/add-all", new Target(DEPARTMENT));
        c.put("POST /review/accepted/add-all", new Target(DEPARTMENT).valid("confirmed", () -> 1));
        c.put("GET /review/submissions/{id}/remove-selected/confirm", new Target(DEPARTMENT).path("id", () -> draftSubmission));
        c.put("POST /review/submissions/{id}/remove-selected/confirm", new Target(DEPARTMENT).path("id", () -> draftSubmission)
                .valid("dossierIds", () -> inDraftSubmission));
        c.put("POST /review/submissions/{id}/remove-selected", new Target(DEPARTMENT).path("id", () -> draftSubmission)
                .valid("dossierIds", () -> inDraftSubmission));
        // Home Affairs
        c.put("GET /appraisal", new Target(APPRAISER));
        c.put("GET /appraisal/submissions/{id}", new Target(APPRAISER).path("id", () -> atHomeAffairs.submission.id()));
        c.put("POST /appraisal/dossiers/{id}", appraisalStep());
        c.put("POST /appraisal/dossiers/{id}/return-to-department", appraisalStep());
        c.put("POST /appraisal/submissions/{id}/endorse-selected", new Target(APPRAISER)
                .path("id", () -> atHomeAffairs.submission.id()));
        c.put("POST /appraisal/submissions/{id}/present", new Target(APPRAISER)
                .path("id", () -> atHomeAffairs.submission.id()));
        c.put("POST /appraisal/submissions/{id}/recall", new Target(APPRAISER)
                .path("id", () -> atHomeAffairs.submission.id()));
        // leaders: what waits for their signature
        c.put("GET /signing", new Target(DEPARTMENT_LEADER));
        c.put("GET /signing/submissions/{id}", new Target(DEPARTMENT_LEADER).path("id", () -> presentedSubmission));
        c.put("POST /signing/submissions/{id}/sign", new Target(DEPARTMENT_LEADER).path("id", () -> presentedSubmission)
                .valid("revision", () -> 1));
        c.put("POST /signing/submissions/{id}/return", new Target(DEPARTMENT_LEADER).path("id", () -> presentedSubmission)
                .valid("version", () -> 1));
        c.put("GET /signing/reports/{id}", new Target(APPRAISER_LEADER).path("id", () -> presentedReport));
        c.put("POST /signing/reports/{id}/sign", new Target(APPRAISER_LEADER).path("id", () -> presentedReport)
                .valid("revision", () -> 1));
        c.put("POST /signing/reports/{id}/return", new Target(APPRAISER_LEADER).path("id", () -> presentedReport)
                .valid("version", () -> 1));
        // the chairman's office
        c.put("GET /decisions", new Target(OFFICE));
        c.put("GET /decisions/proposed", new Target(OFFICE));
        c.put("GET /decisions/submissions/{id}", new Target(OFFICE).path("id", () -> atChairman.submission.id()));
        c.put("POST /decisions/dossiers/{id}/approve", decisionStep());
        c.put("POST /decisions/dossiers/{id}/decline", decisionStep());
        c.put("GET /decisions/dossiers/{id}/award-line", new Target(OFFICE).path("id", () -> atChairman.filed.get(0).getId()));
        c.put("POST /decisions/dossiers/{id}/award-line", decisionStep().text("line"));
        c.put("POST /decisions/submissions/{id}/approve-selected", new Target(OFFICE)
                .path("id", () -> atChairman.submission.id()));
        c.put("POST /decisions/submissions/{id}/present", new Target(OFFICE).path("id", () -> atChairman.submission.id())
                .valid("issuedOn", () -> "2021-12-03").valid("signerAccountId", () -> fixtures.actor(CHAIRMAN_LEADER).id()));
        c.put("POST /decisions/submissions/{id}/recall", new Target(OFFICE).path("id", () -> presentedDecision.submission.id()));
        c.put("GET /signing/dossiers/{id}", new Target(UNIT_HEAD).path("id", () -> atUnitHead));
        c.put("GET /signing/corrections/{id}", new Target(CHAIRMAN_LEADER).path("id", () -> correctionRequest));
        c.put("POST /signing/corrections/{id}/sign", new Target(CHAIRMAN_LEADER).path("id", () -> correctionRequest));
        c.put("POST /signing/corrections/{id}/return", new Target(CHAIRMAN_LEADER).path("id", () -> correctionRequest)
                .valid("version", () -> 0));
        c.put("POST /signing/dossiers/{id}/sign", new Target(UNIT_HEAD).path("id", () -> atUnitHead).valid("version", () -> 1));
        c.put("POST /signing/dossiers/{id}/return", new Target(UNIT_HEAD).path("id", () -> atUnitHead).valid("version", () -> 1));
        c.put("GET /signing/decisions/{id}", new Target(CHAIRMAN_LEADER).path("id", () -> presentedDecision.submission.id()));
        c.put("POST /signing/decisions/{id}/sign", new Target(CHAIRMAN_LEADER).path("id", () -> presentedDecision.submission.id())
                .valid("revision", () -> 1));
        c.put("POST /signing/decisions/{id}/return", new Target(CHAIRMAN_LEADER).path("id", () -> presentedDecision.submission.id())
                .valid("version", () -> 1));
        c.put("POST /signing/decisions/{id}/dossiers/{dossierId}/decline", new Target(CHAIRMAN_LEADER)
                .path("id", () -> presentedDecision.submission.id())
                .path("dossierId", () -> presentedDecision.filed.get(0).getId()).valid("version", () -> 1));
        c.put("GET /documents/submissions/{id}/decision-draft.pdf", new Target(OFFICE)
                .path("id", () -> presentedDecision.submission.id()));
        c.put("GET /documents/submissions/{id}/letter.pdf", new Target(OFFICE).path("id", () -> presentedDecision.submission.id()));
        c.put("POST /decisions/dossiers/{id}/central-award", centralStep());
        c.put("POST /decisions/dossiers/{id}/central-decline", centralStep());
        c.put("GET /decisions/dossiers/{id}/central-award/confirm", centralStep());
        c.put("GET /decisions/dossiers/{id}/central-decline/confirm", centralStep());
        c.put("POST /decisions/dossiers/{id}/central-award/confirm", centralStep());
        c.put("POST /decisions/dossiers/{id}/central-decline/confirm", centralStep());
        c.put("GET /decisions/issued/{id}", new Target(OFFICE).path("id", () -> decided.decision.id()));
        c.put("POST /decisions/issued/{id}/correct", new Target(OFFICE).path("id", () -> decided.decision.id()));
        c.put("POST /decisions/issued/{id}/publish", new Target(OFFICE).path("id", () -> decided.decision.id()));
        c.put("POST /decisions/issued/{id}/print-on-blanks", new Target(OFFICE).path("id", () -> decided.decision.id())
                .valid("dossierIds", () -> decided.filed.get(0).getId()));
        c.put("POST /decisions/issued/{id}/calibration", new Target(OFFICE).path("id", () -> decided.decision.id())
                .valid("dxMm", () -> "1.5").valid("dyMm", () -> "-0.5"));
        c.put("GET /decisions/print/calibration.pdf", new Target(OFFICE));
        // signed originals: uploaded by the office that issues the document, downloaded by whoever may see it
        c.put("POST /signed/{kind}/{id}", new Target(OFFICE).path("kind", () -> "decision").path("id", () -> decided.decision.id()));
        c.put("GET /signed/{kind}/{id}/original.pdf", new Target(OFFICE).path("kind", () -> "decision")
                .path("id", () -> decided.decision.id()));
        // the documents, for whoever may see them
        c.put("GET /documents/submissions/{id}/submission.pdf", new Target(DEPARTMENT)
                .path("id", () -> atHomeAffairs.submission.id()));
        c.put("GET /documents/submissions/{id}/list.xlsx", new Target(DEPARTMENT)
                .path("id", () -> atHomeAffairs.submission.id()));
        c.put("GET /documents/submissions/{id}/appraisal-report.pdf", new Target(OFFICE)
                .path("id", () -> decided.submission.id()));
        c.put("GET /documents/decisions/{id}/decision.pdf", new Target(OFFICE).path("id", () -> decided.decision.id()));
        c.put("GET /documents/decisions/{id}/certificates.pdf", new Target(OFFICE).path("id", () -> decided.decision.id()));
        c.put("GET /documents/decisions/{id}/payout.xlsx", new Target(OFFICE).path("id", () -> decided.decision.id()));
        c.put("GET /documents/dossiers/{id}/certificate.pdf", new Target(OFFICE)
                .path("id", () -> decided.filed.get(0).getId()));
        // the administrator
        c.put("GET /admin", new Target(ADMIN));
        c.put("GET /admin/users", new Target(ADMIN));
        c.put("GET /admin/users/new", new Target(ADMIN));
        c.put("POST /admin/users", new Target(ADMIN));
        c.put("GET /admin/users/{id}", new Target(ADMIN).path("id", () -> account));
        c.put("POST /admin/users/{id}", new Target(ADMIN).path("id", () -> account));
        c.put("POST /admin/users/{id}/deactivate", new Target(ADMIN).path("id", () -> account));
        c.put("POST /admin/users/{id}/reactivate", new Target(ADMIN).path("id", () -> account));
        c.put("POST /admin/users/{id}/reset-password", new Target(ADMIN).path("id", () -> account));
        c.put("POST /admin/users/{id}/unlock", new Target(ADMIN).path("id", () -> account));
        c.put("GET /admin/units", new Target(ADMIN));
        c.put("GET /admin/units/new", new Target(ADMIN));
        c.put("POST /admin/units", new Target(ADMIN));
        c.put("GET /admin/units/{id}", new Target(ADMIN).path("id", () -> unit));
        c.put("POST /admin/units/{id}", new Target(ADMIN).path("id", () -> unit));
        c.put("POST /admin/units/{id}/deactivate", new Target(ADMIN).path("id", () -> unit));
        c.put("POST /admin/units/{id}/reactivate", new Target(ADMIN).path("id", () -> unit));
        c.put("GET /admin/campaigns", new Target(ADMIN));
        c.put("GET /admin/campaigns/new", new Target(ADMIN));
        c.put("POST /admin/campaigns", new Target(ADMIN));
        c.put("POST /admin/campaigns/{id}/close", new Target(ADMIN).path("id", () -> campaign));
        c.put("POST /admin/campaigns/{id}/reopen", new Target(ADMIN).path("id", () -> campaign));
        // reference data every other test reads (the Covid-19 campaign's attributes, the rates of prize money): swept
        // in a transaction rolled back afterwards
        c.put("POST /admin/campaigns/{id}/attributes", new Target(ADMIN).path("id", () -> campaign).rolledBack());
        c.put("GET /admin/prize-money", new Target(ADMIN));
        c.put("POST /admin/prize-money/base-salaries", new Target(ADMIN).rolledBack());
        c.put("POST /admin/prize-money/coefficients", new Target(ADMIN).rolledBack());
        c.put("GET /admin/campaigns/{campaignId}/quotas", new Target(ADMIN).path("campaignId", () -> campaign));
        c.put("POST /admin/campaigns/{campaignId}/quotas", new Target(ADMIN).path("campaignId", () -> campaign));
        c.put("POST /admin/campaigns/{campaignId}/quotas/remove", new Target(ADMIN).path("campaignId", () -> campaign));
        c.put("GET /admin/award-forms", new Target(ADMIN));
        c.put("GET /admin/award-forms/{id}", new Target(ADMIN).path("id", () -> awardForm));
        c.put("POST /admin/award-forms/{id}", new Target(ADMIN).path("id", () -> awardForm));
        c.put("GET /admin/award-forms/{id}/criteria/new", new Target(ADMIN).path("id", () -> awardForm));
        c.put("POST /admin/award-forms/{id}/criteria", new Target(ADMIN).path("id", () -> awardForm));
        c.put("GET /admin/criteria/{id}", new Target(ADMIN).path("id", () -> criterion));
        c.put("POST /admin/criteria/{id}", new Target(ADMIN).path("id", () -> criterion));
        c.put("POST /admin/criteria/{id}/retire", new Target(ADMIN).path("id", () -> criterion));
        c.put("POST /admin/criteria/{id}/reinstate", new Target(ADMIN).path("id", () -> criterion));
        c.put("GET /admin/calendar", new Target(ADMIN));
        // a day no count of working days reaches, so that a name the form accepts changes nothing another test reads
        c.put("POST /admin/calendar", new Target(ADMIN).valid("day", () -> "2100-12-31").valid("kind", () -> "HOLIDAY"));
        c.put("POST /admin/calendar/remove", new Target(ADMIN).valid("day", () -> "2100-12-31"));
        c.put("GET /admin/audit", new Target(ADMIN));
        c.put("GET /admin/trust", new Target(ADMIN));
        c.put("POST /admin/trust", new Target(ADMIN));
        c.put("POST /admin/trust/{id}/remove", new Target(ADMIN).path("id", () -> 0L));
        c.put("GET /admin/print-layouts", new Target(ADMIN));
        c.put("GET /admin/print-layouts/{awardFormId}", new Target(ADMIN).path("awardFormId", () -> awardForm));
        // the boxes of two printed fields by name (the form's nested records); the others are left at their values
        c.put("POST /admin/print-layouts/{awardFormId}", new Target(ADMIN).path("awardFormId", () -> awardForm)
                .text("awardee.x", "awardee.y", "awardee.size", "awardee.align", "signerName.x", "signerName.size")
                .rolledBack());
        c.put("GET /admin/print-layouts/{awardFormId}/scan", new Target(ADMIN).path("awardFormId", () -> awardForm));
        c.put("POST /admin/print-layouts/{awardFormId}/scan", new Target(ADMIN).path("awardFormId", () -> awardForm).rolledBack());
        c.put("POST /admin/print-layouts/{awardFormId}/scan/remove", new Target(ADMIN).path("awardFormId", () -> awardForm)
                .rolledBack());
        c.put("POST /admin/audit/verify", new Target(ADMIN));
        // the ledger of "Sóng và máy tính cho em"
        c.put("GET /public/song", new Target(ANONYMOUS));
        c.put("GET /song", new Target(SONG_KEEPER));
        c.put("GET /song/contributions/new", new Target(SONG_KEEPER));
        c.put("POST /song/contributions", songEntryForm());
        c.put("GET /song/distributions/new", new Target(SONG_KEEPER));
        c.put("POST /song/distributions", songEntryForm().valid("deviceCount", () -> "1"));
        c.put("GET /song/entries/{id}", new Target(SONG_KEEPER).path("id", () -> songEntry));
        c.put("POST /song/entries/{id}/confirm", new Target(SONG_KEEPER).path("id", () -> songWaiting));
        c.put("POST /song/entries/{id}/reverse", new Target(SONG_KEEPER).path("id", () -> songEntry));
        c.put("GET /song/entries/{id}/correct", new Target(SONG_KEEPER).path("id", () -> songEntry));
        c.put("POST /song/entries/{id}/correct", songEntryForm().path("id", () -> songEntry));
        c.put("GET /song/entries/{id}/evidence", new Target(SONG_KEEPER).path("id", () -> songEntry));
        c.put("GET /song/export.xlsx", new Target(SONG_KEEPER));
        c.put("GET /song/import", new Target(SONG_KEEPER));
        c.put("GET /song/import/template.xlsx", new Target(SONG_KEEPER));
        c.put("POST /song/import", new Target(SONG_KEEPER));
        c.put("POST /song/dossiers/{id}/cite", new Target(SONG_CLERK).path("id", () -> songDraft)
                .valid("entryIds", () -> songEntry));
        return c;
    }

    /** A ledger entry's form whose typed fields let the request reach the ledger's rules. */
    private Target songEntryForm() {
        return new Target(SONG_KEEPER).valid("contributorType", () -> "ENTERPRISE").valid("givenOn", () -> "2024-03-01")
                .valid("money", () -> "1000").valid("districtId", () -> unit).valid("deviceKind", () -> "TABLET")
                .valid("publishName", () -> "true");
    }

    private Target draftStep() {
        return new Target(CLERK).path("id", () -> draft).valid("version", () -> version(draft));
    }

    private Target reviewStep() {
        return new Target(DEPARTMENT).path("id", () -> toReview).valid("version", () -> version(toReview));
    }

    private Target appraisalStep() {
        long id = atHomeAffairs.filed.get(0).getId();
        return new Target(APPRAISER).path("id", () -> id).valid("version", () -> version(id));
    }

    private Target decisionStep() {
        long id = atChairman.filed.get(0).getId();
        return new Target(OFFICE).path("id", () -> id).valid("version", () -> version(id));
    }

    private Target centralStep() {
        return new Target(OFFICE).path("id", () -> proposed).valid("version", () -> version(proposed));
    }

    /** A value that lets a request get past its typed fields, so that its text reaches the step it is for. */
    private String valid(String field, Target target) {
        if (target.valid.containsKey(field)) {
            return String.valueOf(target.valid.get(field).get());
        }
        return switch (field) {
            case "campaignId" -> String.valueOf(campaign);
            case "awardFormId", "awardFormIds" -> String.valueOf(awardForm);
            case "unitId" -> String.valueOf(unit);
            case "compilingUnitId" -> String.valueOf(compilingUnit);
            case "nomineeType" -> "INDIVIDUAL";
            case "type" -> "DEPARTMENT";
            case "role" -> "CLERK";
            case "gender" -> "FEMALE";
            case "kind" -> "PROPOSAL";
            case "sections" -> "NOMINEE";
            case "language" -> "vi";
            case "birthYear" -> "1980";
            case "quota" -> "5";
            case "met" -> "1";
            case "reviewDays", "appraisalDays", "decisionDays" -> "10";
            case "planDate", "issuedOn", "decidedOn", "centralDecisionDate" -> "2021-12-20";
            case "endorsed", "frontline", "posthumous", "required", "appliesToIndividual", "appliesToCollective",
                 "noBreach" -> "true";
            default -> null;
        };
    }

    @Test
    void everyEndpointIsInTheCatalogue() {
        assertThat(new TreeSet<>(catalogue().keySet())).as("pages and forms of the application")
                .isEqualTo(new TreeSet<>(endpoints().keySet()));
    }

    @Test
    void noHostileValueInAnyFieldOfAnyRoleGivesAServerErrorOrComesBackUnescaped() throws Exception {
        assertThat(VALUES).hasSizeGreaterThanOrEqualTo(HostileValues.MINIMUM);
        Map<String, Target> catalogue = catalogue();
        long start = System.nanoTime();
        for (var endpoint : endpoints().entrySet()) {
            long began = System.nanoTime();
            int before = requests;
            Target target = catalogue.get(endpoint.getKey());
            if (target != null && target.rolledBack) {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    try {
                        sweep(endpoint.getKey(), endpoint.getValue(), target);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        status.setRollbackOnly();
                    }
                });
            } else {
                sweep(endpoint.getKey(), endpoint.getValue(), target);
            }
            System.out.printf("hostile %-60s %5d requests %6d ms%n", endpoint.getKey(), requests - before,
                    (System.nanoTime() - began) / 1_000_000);
        }
        signIn();
        System.out.printf("hostile: %d values in %d (or %d long) batches, %d requests in %d ms%n", VALUES.size(), BATCHES.size(),
                LONG_BATCHES.size(), requests,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(failures).as("hostile values that were not handled (%d)", failures.size())
                .hasSizeLessThanOrEqualTo(0);
    }

    // ------------------------------------------------------------------------------------------------------------

    private void sweep(String key, Endpoint endpoint, Target target) throws Exception {
        assertThat(target).as("catalogue entry for " + key).isNotNull();
        List<Field> text = new ArrayList<>(endpoint.fields.stream().filter(f -> f.text).toList());
        target.extraText.forEach(name -> text.add(new Field(name, true, false, TypeDescriptor.valueOf(String.class))));
        List<Field> typed = endpoint.fields.stream().filter(f -> !f.text && !f.upload).toList();
        List<Field> uploads = endpoint.fields.stream().filter(f -> f.upload).toList();
        int batches = BATCHES.size();
        // every value in every text field and upload, while the typed fields hold values that let the request through
        if (!text.isEmpty() || !uploads.isEmpty()) {
            int rounds = uploads.isEmpty() ? text.stream().mapToInt(f -> f.batches().size()).max().orElse(0) : batches;
            for (int r = 0; r < rounds; r++) {
                Map<String, Batch> values = new LinkedHashMap<>();
                for (int j = 0; j < text.size(); j++) {
                    List<Batch> own = text.get(j).batches();
                    values.put(text.get(j).name, own.get((r + 7 * j) % own.size()));
                }
                for (Field f : typed) {
                    values.put(f.name, Batch.of(valid(f.name, target)));
                }
                send(key, endpoint, target, target.pathValues(), values, uploads, r, true);
            }
        }
        // every reading a typed field can make of the values, and values it cannot read
        if (!typed.isEmpty()) {
            List<List<String>> readings = typed.stream().map(this::readings).toList();
            int rounds = readings.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < rounds; r++) {
                Map<String, Batch> values = new LinkedHashMap<>();
                for (int j = 0; j < text.size(); j++) {
                    values.put(text.get(j).name, BATCHES.get((r + 3 * j) % batches));
                }
                for (int j = 0; j < typed.size(); j++) {
                    values.put(typed.get(j).name, Batch.of(readings.get(j).get(r % readings.get(j).size())));
                }
                send(key, endpoint, target, target.pathValues(), values, uploads, r, false);
            }
        }
        // and hostile ids in the path
        for (String pathVariable : endpoint.pathVariables) {
            for (String id : PATH_IDS) {
                Map<String, String> path = new LinkedHashMap<>(target.pathValues());
                path.put(pathVariable, id);
                Map<String, Batch> values = new LinkedHashMap<>();
                typed.forEach(f -> values.put(f.name, Batch.of(valid(f.name, target))));
                send(key, endpoint, target, path, values, List.of(), 0, false);
            }
        }
    }

    /**
     * The values of the corpus a typed field is sent: one for each distinct value the application's own conversion
     * makes of them (so -1, 0, the largest long, 2021-02-29…), and a few of those it cannot read, which the binder
     * refuses alike before any controller sees them.
     */
    private List<String> readings(Field field) {
        Map<Object, String> byReading = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String value : VALUES) {
            try {
                Object read = conversions.convert(value, TypeDescriptor.valueOf(String.class), field.descriptor);
                byReading.putIfAbsent(read == null ? "(empty)" : read, value);
            } catch (RuntimeException e) {
                unreadable.add(value);
            }
        }
        List<String> sent = new ArrayList<>(byReading.values());
        for (int i = 0; i < unreadable.size(); i += Math.max(1, unreadable.size() / UNREADABLE_SAMPLE)) {
            sent.add(unreadable.get(i));
        }
        return sent;
    }

    private void send(String key, Endpoint endpoint, Target target, Map<String, String> path, Map<String, Batch> values,
                      List<Field> uploads, int r, boolean follow) {
        String url = endpoint.pattern;
        for (var p : path.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", java.net.URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        if (!uploads.isEmpty()) {
            MockMultipartHttpServletRequestBuilder form = multipart(java.net.URI.create(url));
            for (Field upload : uploads) {
                Batch name = BATCHES.get(r % BATCHES.size());
                values.put(upload.name, name);
                byte[] content = switch (r % 3) {
                    case 0 -> DemoFiling.samplePdf("Tệp " + r);
                    case 1 -> HOSTILE_WORKBOOK;
                    default -> BATCHES.get((r + 5) % BATCHES.size()).sent().getBytes(StandardCharsets.UTF_8);
                };
                String extension = switch (r % 3) {
                    case 0 -> ".pdf";
                    case 1 -> ".xlsx";
                    default -> "";
                };
                form.file(new MockMultipartFile(upload.name, name.sent() + extension, "application/octet-stream", content));
            }
            request = form;
        } else {
            request = "GET".equals(endpoint.method) ? get(java.net.URI.create(url)) : post(java.net.URI.create(url));
        }
        values.forEach((name, value) -> {
            if (value.sent() != null && uploads.stream().noneMatch(u -> u.name.equals(name))) {
                request.param(name, value.sent());
            }
        });
        if (!"GET".equals(endpoint.method)) {
            request.with(csrf());
        }
        if (!target.user.isEmpty()) {
            request.with(user(signedIn(target.user)));
        }
        request.with(r2 -> {
            r2.setRemoteAddr(HOSTILE_ADDRESS);
            return r2;
        });
        perform(key, target, request, values, !"GET".equals(endpoint.method), follow);
    }

    /** One request in a transaction that is flushed, as its commit would be, and then rolled back. */
    private void perform(String key, Target target, AbstractMockHttpServletRequestBuilder<?> request,
                         Map<String, Batch> values, boolean form, boolean follow) {
        requests++;
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            try {
                MvcResult result = mvc.perform(request).andReturn();
                flushAsACommitWould(key, values);
                check(key, result, values, false);
                String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
                FlashMap flash = result.getFlashMap() == null ? new FlashMap() : result.getFlashMap();
                boolean refused = flash.containsKey("actionError");
                if (form && follow && location != null && location.startsWith("/")
                        && !location.startsWith("/login")) {
                    // what was saved, or the refused step with what was typed, on the page the form leads to: the
                    // flash attributes are in the stored session, which the session cookie names, as for a browser
                    AbstractMockHttpServletRequestBuilder<?> next = get(java.net.URI.create(location.replaceAll("#.*", "")));
                    if (result.getResponse().getCookies().length > 0) {
                        next.cookie(result.getResponse().getCookies());
                    }
                    if (!target.user.isEmpty()) {
                        next.with(user(signedIn(target.user)));
                    }
                    requests++;
                    check(key + " then " + location, mvc.perform(next).andReturn(), values, refused);
                }
            } catch (Exception e) {
                fail(key, values, "threw " + rootCause(e));
            }
        });
    }

    private void flushAsACommitWould(String key, Map<String, Batch> values) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            // a commit that fails on a concurrent change answers 409
        } catch (RuntimeException e) {
            fail(key, values, "could not be stored: " + rootCause(e));
        }
    }

    private void check(String key, MvcResult result, Map<String, Batch> values, boolean refusedAction) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            fail(key, values, "answered " + status);
        }
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        if (location != null && (!location.startsWith("/") || location.startsWith("//") || location.startsWith("/\\")
                || location.chars().anyMatch(Character::isISOControl))) {
            fail(key, values, "redirected to " + location);
        }
        String type = result.getResponse().getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (var field : values.entrySet()) {
            for (String value : field.getValue().values()) {
                if (value.length() >= 6 && MARKUP.matcher(value).find() && page.contains(value)) {
                    fail(key, values, "echoed " + field.getKey() + " unescaped: " + shorten(value));
                }
            }
        }
        boolean refusedForm = "POST".equals(result.getRequest().getMethod()) && status == 200
                && (page.contains("class=\"error-message\"") || page.contains("class=\"error-summary\""));
        if (refusedForm || refusedAction) {
            String shown = HtmlUtils.htmlUnescape(page);
            for (var field : values.entrySet()) {
                String name = field.getKey();
                // as UTF-8 can carry it: a lone half of a surrogate pair becomes "?"
                String sent = field.getValue().sent() == null ? null
                        : new String(field.getValue().sent().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                if (sent != null && !name.toLowerCase(Locale.ROOT).contains("password") && isTextField(page, name)
                        && !shown.contains(sent)) {
                    fail(key, values, "lost what was typed in " + name);
                }
            }
        }
    }

    private static boolean isTextField(String page, String name) {
        String n = "name=\"" + Pattern.quote(name) + "\"";
        return Pattern.compile("<textarea[^>]*" + n + "|<input[^>]*type=\"(text|search|email)\"[^>]*" + n
                + "|<input[^>]*" + n + "[^>]*type=\"(text|search|email)\"").matcher(page).find();
    }

    private void signIn() {
        for (int r = 0; r < BATCHES.size(); r++) {
            Map<String, Batch> values = new LinkedHashMap<>();
            values.put("username", BATCHES.get(r));
            values.put("password", BATCHES.get((r + 5) % BATCHES.size()));
            AbstractMockHttpServletRequestBuilder<?> request = post("/login").param("username", values.get("username").sent())
                    .param("password", values.get("password").sent()).with(csrf()).with(r2 -> {
                        r2.setRemoteAddr(HOSTILE_ADDRESS);
                        return r2;
                    });
            perform("POST /login", new Target(ANONYMOUS), request, values, false, false);
        }
        jdbc.sql("delete from login_throttle where throttle_key = ?").param("addr:" + HOSTILE_ADDRESS).update();
    }

    private void fail(String key, Map<String, Batch> values, String problem) {
        if (failures.size() < 10_000) {
            Map<String, String> shown = new LinkedHashMap<>();
            values.forEach((k, v) -> shown.put(k, shorten(v.sent())));
            failures.add(key + " " + problem + " " + shown);
        }
    }

    private static String shorten(String value) {
        if (value == null) {
            return null;
        }
        String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        StringBuilder readable = new StringBuilder();
        cut.chars().forEach(c -> readable.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2000 && c <= 0x206F)
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return readable.toString();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return root.getClass().getSimpleName() + ": " + shorten(message);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The application's pages and forms, each with the fields its controller method binds. */
    Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> all = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("vn.gov.sonla.awards")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Endpoint endpoint = new Endpoint(method.name(), pattern, new ArrayList<>(), new ArrayList<>());
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        read(parameter, endpoint);
                    }
                    all.put(method.name() + " " + pattern, endpoint);
                }
            }
        }
        return all;
    }

    private static void read(MethodParameter parameter, Endpoint endpoint) {
        Parameter p = parameter.getExecutable().getParameters()[parameter.getParameterIndex()];
        Class<?> type = parameter.getParameterType();
        PathVariable path = p.getAnnotation(PathVariable.class);
        RequestParam param = p.getAnnotation(RequestParam.class);
        if (p.isAnnotationPresent(CurrentActor.class) || p.isAnnotationPresent(AuthenticationPrincipal.class)
                || Model.class.isAssignableFrom(type) || BindingResult.class.isAssignableFrom(type)
                || RedirectAttributes.class.isAssignableFrom(type) || HttpServletRequest.class.isAssignableFrom(type)
                || HttpServletResponse.class.isAssignableFrom(type) || HttpSession.class.isAssignableFrom(type)
                || Locale.class == type || Authentication.class.isAssignableFrom(type)) {
            return;
        }
        if (path != null) {
            endpoint.pathVariables.add(!path.value().isEmpty() ? path.value() : !path.name().isEmpty() ? path.name() : p.getName());
        } else if (param != null) {
            if (Map.class.isAssignableFrom(type)) {
                return; // the names it reads are in the catalogue (the criteria's evidence-N)
            }
            String name = !param.value().isEmpty() ? param.value() : !param.name().isEmpty() ? param.name() : p.getName();
            endpoint.fields.add(Field.of(name, new TypeDescriptor(parameter)));
        } else if (type.isRecord()) {
            Constructor<?> canonical = canonical(type);
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                endpoint.fields.add(Field.of(components[i].getName(), new TypeDescriptor(new MethodParameter(canonical, i))));
            }
        } else {
            throw new IllegalStateException("How does " + parameter.getMethod() + " take its " + p.getName()
                    + "? Teach this test to fill it.");
        }
    }

    private static Constructor<?> canonical(Class<?> record) {
        Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    record Endpoint(String method, String pattern, List<String> pathVariables, List<Field> fields) {
    }

    /** A field of a form or a request parameter: text, an upload, or typed (read by the conversion service). */
    record Field(String name, boolean text, boolean upload, TypeDescriptor descriptor) {

        /** The corpus as this field receives it: in long batches if it takes thousands of characters. */
        List<Batch> batches() {
            Size size = descriptor.getAnnotation(Size.class);
            return size != null && size.max() >= 4000 ? LONG_BATCHES : BATCHES;
        }

        static Field of(String name, TypeDescriptor descriptor) {
            TypeDescriptor element = descriptor.isCollection() || descriptor.isArray()
                    ? descriptor.getElementTypeDescriptor() : descriptor;
            boolean upload = MultipartFile.class.isAssignableFrom(descriptor.getType());
            return new Field(name, !upload && element.getType() == String.class, upload, element);
        }
    }

    /** What one field is sent: several values of the corpus, joined. */
    record Batch(String sent, List<String> values) {

        static Batch of(String value) {
            return new Batch(value, value == null ? List.of() : List.of(value));
        }
    }

    /** The corpus in batches: short values together (up to the limit, within the field's length limit), long ones alone. */
    static List<Batch> batches(List<String> values, int limit) {
        List<Batch> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int length = 0;
        for (String value : values) {
            if (value.length() > 200) {
                batches.add(Batch.of(value));
                continue;
            }
            if (length + value.length() > limit) {
                batches.add(new Batch(String.join(" ", current), List.copyOf(current)));
                current.clear();
                length = 0;
            }
            current.add(value);
            length += value.length() + 1;
        }
        if (!current.isEmpty()) {
            batches.add(new Batch(String.join(" ", current), List.copyOf(current)));
        }
        return List.copyOf(batches);
    }

    /** A spreadsheet of the import's columns with a value of the corpus in every cell. */
    static byte[] hostileWorkbook() {
        try (Workbook book = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("x");
            for (int r = 0; r <= VALUES.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    String value = VALUES.get((r + 13 * c) % VALUES.size());
                    row.createCell(c).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Who sends to a page, the ids in its path, values that let its typed fields through, and its extra text fields. */
    static final class Target {
        final String user;
        final Map<String, Supplier<Object>> path = new LinkedHashMap<>();
        final Map<String, Supplier<Object>> valid = new LinkedHashMap<>();
        final List<String> extraText = new ArrayList<>();
        boolean rolledBack;

        Target(String user) {
            this.user = user;
        }

        /** Swept in one transaction rolled back at the end: what it changes stays out of the other tests' data. */
        Target rolledBack() {
            rolledBack = true;
            return this;
        }

        Target path(String name, Supplier<Object> value) {
            path.put(name, value);
            return this;
        }

        Target valid(String name, Supplier<Object> value) {
            valid.put(name, value);
            return this;
        }

        Target text(String... names) {
            extraText.addAll(List.of(names));
            return this;
        }

        Map<String, String> pathValues() {
            Map<String, String> values = new LinkedHashMap<>();
            path.forEach((k, v) -> values.put(k, String.valueOf(v.get())));
            return values;
        }
    }

    private CurrentUser signedIn(String username) {
        return users.computeIfAbsent(username, fixtures::user);
    }

    private DecidedChain chain() {
        return chains.start();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long version(long dossier) {
        return jdbc.sql("select version from dossier where id = ?").param(dossier).query(Long.class).single();
    }
}
