package vn.gov.sonla.awards.prize;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The prize money of a provincial award: 1.0 (individual) or 2.0 (collective) times the base salary in force on the
 * decision's date, frozen with the decision, shown in its appendix with the total in words and listed for payout.
 * The chain's submission holds two individuals and one collective approved, and one declined.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PrizeMoneyIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired CampaignRepository campaigns;
    @Autowired AwardFormRepository awardForms;
    @Autowired PrizeMoney prizes;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aDecisionOf2021PaysAtTheBaseSalaryOf1490000AndShowsTheTotalInWords() throws Exception {
        DecidedChain chain = chain().decided(); // issued on 03/12/2021
        DecisionPrizes money = prizes.ofDecision(chain.decision.id());

        assertThat(amount(money, chain.firstIndividual)).isEqualTo(1_490_000);
        assertThat(amount(money, chain.secondIndividual)).isEqualTo(1_490_000);
        assertThat(amount(money, chain.collective)).isEqualTo(2_980_000);
        assertThat(money.of(chain.dossier(chain.notEndorsed).getId())).as("declined: no award, no money").isEmpty();
        assertThat(money.total()).isEqualTo(5_960_000);
        assertThat(money.totalInWords()).isEqualTo("Năm triệu chín trăm sáu mươi nghìn đồng");
        FrozenPrize collective = money.of(chain.dossier(chain.collective).getId()).orElseThrow();
        assertThat(collective.coefficient()).isEqualByComparingTo("2.0");
        assertThat(collective.baseSalary()).isEqualTo(1_490_000);
        assertThat(collective.computedOn()).isEqualTo(LocalDate.of(2021, 12, 3));

        String appendix = decisionPdfText(chain.decision);
        assertThat(appendix).contains("Tiền thưởng (đồng)", "1.490.000", "2.980.000",
                "Tổng số tiền thưởng: 5.960.000 đồng.", "(Bằng chữ: Năm triệu chín trăm sáu mươi nghìn đồng.)");
    }

    @Test
    void aDecisionAfterJuly2024PaysAtTheBaseSalaryOf2340000() {
        DecidedChain chain = approvedChain();
        DecisionView decision = decisions.issue(chain.submission.id(), LocalDate.of(2024, 8, 15), fixtures.actor(DecidedChain.OFFICE), fixtures.actor("ct.ubnd")).orElseThrow();
        DecisionPrizes money = prizes.ofDecision(decision.id());

        assertThat(amount(money, chain.firstIndividual)).isEqualTo(2_340_000);
        assertThat(amount(money, chain.collective)).isEqualTo(4_680_000);
        assertThat(money.total()).isEqualTo(9_360_000);
        assertThat(money.totalInWords()).isEqualTo("Chín triệu ba trăm sáu mươi nghìn đồng");
    }

    @Test
    void aDecisionAfterJuly2025PaysTheCoefficientsOfDecree152() {
        DecidedChain chain = approvedChain();
        DecisionView decision = decisions.issue(chain.submission.id(), LocalDate.of(2025, 8, 15), fixtures.actor(DecidedChain.OFFICE), fixtures.actor("ct.ubnd")).orElseThrow();
        DecisionPrizes money = prizes.ofDecision(decision.id());

        FrozenPrize individual = money.of(chain.dossier(chain.firstIndividual).getId()).orElseThrow();
        assertThat(individual.coefficient()).isEqualByComparingTo("1.5");
        assertThat(individual.amount()).isEqualTo(3_510_000);
        assertThat(amount(money, chain.collective)).isEqualTo(7_020_000);
        assertThat(money.total()).isEqualTo(14_040_000);
        assertThat(money.totalInWords()).isEqualTo("Mười bốn triệu không trăm bốn mươi nghìn đồng");
        long form = awardForms.findByCode("CHAIRMAN_CERTIFICATE").orElseThrow().getId();
        assertThat(prizes.amountOn(form, NomineeType.INDIVIDUAL, LocalDate.of(2025, 6, 30)).orElseThrow().amount())
                .as("the day before Decree 152/2025").isEqualTo(2_340_000);
    }

    @Test
    void anIssuedDecisionKeepsItsAmountsWhenTheBaseSalaryChangesLater() throws Exception {
        DecidedChain chain = chain().decided();
        long individual = chain.dossier(chain.firstIndividual).getId();
        long form = awardForms.findByCode(DecidedChain.PROVINCIAL_AWARD).orElseThrow().getId();

        // a base salary recorded later for the decision's day (rolled back: the reference data is shared)
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            prizes.recordBaseSalary(1_600_000, LocalDate.of(2021, 12, 1), "Thử nghiệm", "test");
            assertThat(prizes.amountOn(form, NomineeType.INDIVIDUAL, LocalDate.of(2021, 12, 3)).orElseThrow().amount())
                    .as("a decision issued now for that day would pay the new amount").isEqualTo(1_600_000);
            assertThat(prizes.ofDecision(chain.decision.id()).of(individual).orElseThrow().amount())
                    .as("the issued decision keeps its own").isEqualTo(1_490_000);
            assertThat(prizes.ofDecision(chain.decision.id()).total()).isEqualTo(5_960_000);
            status.setRollbackOnly();
        });
        assertThat(decisionPdfText(chain.decision)).contains("Tổng số tiền thưởng: 5.960.000 đồng.");

        // and the database refuses to change a frozen amount
        assertThatThrownBy(() -> jdbc.sql("update award_prize set amount = 1 where dossier_id = ?").param(individual).update())
                .hasMessageContaining("award_prize rows are immutable");
    }

    @Test
    void theFinanceOfficeDownloadsThePayoutListOfADecision() throws Exception {
        DecidedChain chain = chain().decided();
        byte[] xlsx = mvc.perform(get("/documents/decisions/{id}/payout.xlsx", chain.decision.id())
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(java.util.Locale.US);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(format.formatCellValue(c)));
                rows.add(String.join("|", cells));
            }
        }
        assertThat(rows.get(0)).contains("DANH SÁCH CHI TRẢ TIỀN THƯỞNG", chain.decision.number(), "03/12/2021");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(chain.firstIndividual, "1,490,000", "1,490,000"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(chain.collective, "|2|1,490,000|2,980,000"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Tổng cộng", "5,960,000"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Bằng chữ: Năm triệu chín trăm sáu mươi nghìn đồng"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(chain.notEndorsed));

        mvc.perform(get("/documents/decisions/{id}/payout.xlsx", chain.decision.id()).with(user(fixtures.user("vanthu.maison"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/decisions/issued/{id}", chain.decision.id()).with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(content().string(containsString("payout.xlsx")));
    }

    @Test
    void theAdministratorRecordsABaseSalaryAndACoefficientWithTheirHistoryInTheLog() throws Exception {
        String basis = "Nghị định thử nghiệm " + System.nanoTime();
        mvc.perform(post("/admin/prize-money/base-salaries").with(user(fixtures.user("admin"))).with(csrf())
                        .param("amount", "9990000").param("effectiveFrom", "2099-01-01").param("legalBasis", basis))
                .andExpect(redirectedUrl("/admin/prize-money"));
        assertThat(lastAudit()).contains("BASE_SALARY_SET base-salary · 2099-01-01", "→ 9.990.000 · " + basis);
        mvc.perform(post("/admin/prize-money/coefficients").with(user(fixtures.user("admin"))).with(csrf())
                        .param("awardFormId", "" + awardForms.findByCode("CHAIRMAN_CERTIFICATE").orElseThrow().getId())
                        .param("nomineeType", "COLLECTIVE").param("coefficient", "3,5")
                        .param("effectiveFrom", "2099-01-01").param("legalBasis", basis))
                .andExpect(redirectedUrl("/admin/prize-money"));
        assertThat(lastAudit()).contains("PRIZE_COEFFICIENT_SET CHAIRMAN_CERTIFICATE · COLLECTIVE · 2099-01-01",
                "3.0 → 3.5 · " + basis);
        mvc.perform(get("/admin/prize-money").with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9.990.000")))
                .andExpect(content().string(containsString("2.340.000")))
                .andExpect(content().string(containsString("Nghị định 73/2024/NĐ-CP")))
                .andExpect(content().string(containsString(basis)));

        // today is before 2099: decisions keep being paid at the values in force
        long form = awardForms.findByCode("CHAIRMAN_CERTIFICATE").orElseThrow().getId();
        assertThat(prizes.amountOn(form, NomineeType.COLLECTIVE, LocalDate.of(2025, 1, 1)).orElseThrow().amount())
                .isEqualTo(4_680_000);

        long auditBefore = auditCount();
        mvc.perform(post("/admin/prize-money/coefficients").with(user(fixtures.user("admin"))).with(csrf())
                        .param("awardFormId", "" + form).param("nomineeType", "COLLECTIVE").param("coefficient", "nhiều")
                        .param("effectiveFrom", "2099-01-01").param("legalBasis", basis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập hệ số là một số")))
                .andExpect(content().string(containsString("value=\"nhiều\"")));
        mvc.perform(post("/admin/prize-money/base-salaries").with(user(fixtures.user("vpubnd"))).with(csrf())
                        .param("amount", "1").param("effectiveFrom", "2099-01-01").param("legalBasis", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/prize-money").with(user(fixtures.user("vpubnd")))).andExpect(status().isForbidden());
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void theReportsTotalThePrizeMoneyByProgramAwardFormAndUnitAndTheUnitsOwnGiayKhenApart() throws Exception {
        DecidedChain chain = approvedChain();
        decisions.issue(chain.submission.id(), LocalDate.of(2023, 9, 14), fixtures.actor(DecidedChain.OFFICE), fixtures.actor("ct.ubnd"))
                .orElseThrow();
        // a unit's Giấy khen with its own amounts: two individuals at 450,000 and a collective at 900,000
        String number = "GK-" + chain.tag;
        String shown = mvc.perform(post("/grassroots").with(user(fixtures.user("vanthu.bvdk"))).with(csrf())
                        .param("campaignId", "" + campaigns.findByCode("COVID19").orElseThrow().getId())
                        .param("number", number).param("decidedOn", "2023-09-20").param("signer", "Nguyễn Văn Hùng")
                        .param("individuals", "Lê Thị Hoa; Điều dưỡng\nVũ Văn Bình; Lái xe").param("collectives", "Tổ phản ứng nhanh")
                        .param("individualAmount", "450000").param("collectiveAmount", "900000"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(shown).with(user(fixtures.user("vanthu.bvdk"))))
                .andExpect(content().string(containsString("450.000")))
                .andExpect(content().string(containsString("Tổng tiền thưởng từ quỹ của đơn vị: 1.800.000 đồng.")));

        String page = mvc.perform(get("/reports").param("from", "2023-09").param("to", "2023-09")
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // 1,800,000 from 01/07/2023: two individuals at 1.0 and a collective at 2.0
        assertThat(page).contains("7.200.000 đồng (3 khen thưởng)", "Phong trào thi đua phòng, chống Covid-19",
                "Bệnh viện Đa khoa tỉnh Sơn La", "Tiền thưởng Giấy khen từ quỹ của đơn vị", "1.800.000 đồng");
        String clerkPage = mvc.perform(get("/reports").param("from", "2023-09").param("to", "2023-09")
                        .with(user(fixtures.user("vanthu.maison"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(clerkPage).doesNotContain("7.200.000 đồng").contains("0 đồng (0 khen thưởng)");
    }

    private long amount(DecisionPrizes money, String nominee) {
        return money.of(nomineeDossier(nominee)).orElseThrow().amount();
    }

    private long nomineeDossier(String nominee) {
        return jdbc.sql("select id from dossier where nominee_name = ?").param(nominee).query(Long.class).single();
    }

    private byte[] decisionPdfBytes(DecisionView decision) throws Exception {
        return mvc.perform(get("/documents/decisions/{id}/decision.pdf", decision.id())
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private String decisionPdfText(DecisionView decision) throws Exception {
        try (PDDocument doc = Loader.loadPDF(decisionPdfBytes(decision))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private DecidedChain chain() {
        return chains.start();
    }

    /** Forwarded, every dossier approved or declined: the decision is the next step. */
    private DecidedChain approvedChain() {
        DecidedChain chain = chain().forwarded();
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        for (Dossier d : chain.filed) {
            long v = fixtures.reload(d, DecidedChain.OFFICE).getVersion();
            if (d.getNomineeName().equals(chain.notEndorsed)) {
                approvals.decline(d.getId(), v, "Theo ý kiến thẩm định", office);
            } else {
                approvals.approve(d.getId(), v, null, office);
            }
        }
        return chain;
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from admin_audit").query(Long.class).single();
    }

    private String lastAudit() {
        return jdbc.sql("select action || ' ' || target || ' ' || coalesce(details, '') from admin_audit order by id desc limit 1")
                .query(String.class).single();
    }
}
