package vn.gov.sonla.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.prize.PrizeMoney;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.StatementCounter;

/**
 * The prize money of the reports is one set of figures wherever it is read: the page, the XLSX (read with POI) and
 * the PDF (read with PDFBox) show the same total and the same lines by program, award form and unit, and these are
 * the sums of the amounts frozen on the awards granted by the decisions of the period.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReportPrizeMoneyIntegrationTests {

    /** No other test issues a decision in this month. */
    private static final LocalDate ISSUED_ON = LocalDate.of(2022, 2, 17);
    private static final String MONTH = "2022-02";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired Approvals approvals;
    @Autowired PrizeMoney prizes;
    @Autowired JdbcClient jdbc;

    @Test
    void thePageTheXlsxAndThePdfShowTheFrozenAmountsByProgramAwardFormAndUnit() throws Exception {
        DecisionView decision = issuedChain();
        // two individuals at 1.0 and a collective at 2.0 times 1,490,000
        assertThat(prizes.ofDecision(decision.id()).total()).isEqualTo(5_960_000);

        Map<String, List<String>> frozen = frozenLines();
        assertThat(frozen.get("byUnit")).anySatisfy(l -> assertThat(l).startsWith("Bệnh viện Đa khoa tỉnh Sơn La|"));
        long frozenTotal = frozen.get("byCampaign").stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf('|') + 1))).sum();
        long frozenAwards = frozen.get("byCampaign").stream().mapToLong(l -> Long.parseLong(l.split("\\|")[1])).sum();
        assertThat(frozenTotal).isGreaterThanOrEqualTo(5_960_000);

        String page = mvc.perform(get("/reports").param("from", MONTH).param("to", MONTH)
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(element(page, "prize-total")).isEqualTo(dong(frozenTotal) + " đồng (" + frozenAwards + " khen thưởng)");
        for (String part : frozen.keySet()) {
            assertThat(pageLines(page, "prize-" + part)).as("page, %s", part).isEqualTo(frozen.get(part));
        }

        Map<String, List<String>> workbook = new LinkedHashMap<>();
        long[] workbookTotal = new long[2];
        byte[] xlsx = mvc.perform(get("/reports/export.xlsx").param("from", MONTH).param("to", MONTH)
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Tiền thưởng");
            assertThat(sheet).as("the prize money sheet").isNotNull();
            String block = null;
            for (Row row : sheet) {
                String first = text(row.getCell(0));
                if (first.equals("Tổng tiền thưởng theo quyết định của Chủ tịch UBND tỉnh")) {
                    workbookTotal[0] = (long) row.getCell(1).getNumericCellValue();
                    workbookTotal[1] = (long) row.getCell(2).getNumericCellValue();
                } else if (first.startsWith("Tiền thưởng theo ")) {
                    block = switch (first) {
                        case "Tiền thưởng theo chương trình, phong trào" -> "byCampaign";
                        case "Tiền thưởng theo hình thức khen thưởng" -> "byAwardForm";
                        case "Tiền thưởng theo đơn vị" -> "byUnit";
                        default -> throw new AssertionError(first);
                    };
                    workbook.put(block, new ArrayList<>());
                } else if (block != null && row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                    workbook.get(block).add(first + "|" + (long) row.getCell(1).getNumericCellValue() + "|"
                            + (long) row.getCell(2).getNumericCellValue());
                }
            }
        }
        assertThat(workbookTotal).containsExactly(frozenAwards, frozenTotal);
        assertThat(workbook).isEqualTo(frozen);

        byte[] pdf = mvc.perform(get("/reports/report.pdf").param("from", MONTH).param("to", MONTH)
                        .with(user(fixtures.user(DecidedChain.OFFICE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        keep("report-prize-money.pdf", pdf);
        keep("report-prize-money.xlsx", xlsx);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Tổng tiền thưởng theo quyết định của Chủ tịch UBND tỉnh " + dong(frozenTotal)
                + " đồng (" + frozenAwards + " khen thưởng)");
        String byCampaign = section(text, "Tiền thưởng theo chương trình, phong trào", "Tiền thưởng theo hình thức khen thưởng");
        String byAwardForm = section(text, "Tiền thưởng theo hình thức khen thưởng", "Tiền thưởng theo đơn vị");
        String byUnit = section(text, "Tiền thưởng theo đơn vị", "Thời gian xử lý từng bước");
        Map<String, String> sections = Map.of("byCampaign", byCampaign, "byAwardForm", byAwardForm, "byUnit", byUnit);
        for (String part : frozen.keySet()) {
            String in = sections.get(part);
            int from = 0;
            for (String line : frozen.get(part)) {
                String[] cells = line.split("\\|");
                String printed = cells[0] + " " + cells[1] + " " + dong(Long.parseLong(cells[2]));
                int at = in.indexOf(printed, from);
                assertThat(at).as("PDF, %s: '%s' in order in '%s'", part, printed, in).isGreaterThanOrEqualTo(from);
                from = at + printed.length();
            }
            Matcher amounts = Pattern.compile("\\d{1,3}(\\.\\d{3})+").matcher(in);
            assertThat(amounts.results().count()).as("PDF, %s: no other amount", part).isEqualTo(frozen.get(part).size());
        }
    }

    @Test
    void theReportsPrizeMoneyIsComputedWithTheReportAndNotForEachView() throws Exception {
        // the amounts are summed over every award of the scope: kept with the report for its lifetime, like its
        // other figures, so that a page, its XLSX and its PDF viewed meanwhile do not sum them again
        mvc.perform(get("/reports").param("from", MONTH).param("to", MONTH).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get("/reports").param("from", MONTH).param("to", MONTH).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"prize-total\"")));
        mvc.perform(get("/reports/export.xlsx").param("from", MONTH).param("to", MONTH).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk());
        assertThat(StatementCounter.statements()).noneMatch(sql -> sql.contains("award_prize"));
    }

    /** The sums of the frozen amounts of the awards granted by decisions of the month, as "name|awards|amount". */
    private Map<String, List<String>> frozenLines() {
        String from = """
                 from award_prize p
                 join dossier d on d.id = p.dossier_id and d.status = 'GRANTED'
                 join campaign c on c.id = d.campaign_id
                 join award_form af on af.id = p.award_form_id
                 join unit u on u.id = d.unit_id
                where p.computed_on between :first and :last""";
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put("byCampaign", frozen("c.short_name", from));
        lines.put("byAwardForm", frozen("af.name", from));
        lines.put("byUnit", frozen("u.name", from));
        return lines;
    }

    private List<String> frozen(String name, String from) {
        return jdbc.sql("select " + name + " as name, count(*) as n, sum(p.amount) as amount " + from
                        + " group by " + name + " order by sum(p.amount) desc, " + name)
                .param("first", ISSUED_ON.withDayOfMonth(1)).param("last", ISSUED_ON.withDayOfMonth(ISSUED_ON.lengthOfMonth()))
                .query((rs, n) -> rs.getString("name") + "|" + rs.getLong("n") + "|" + rs.getLong("amount")).list();
    }

    private DecisionView issuedChain() {
        DecidedChain chain = chains.start().forwarded();
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        for (Dossier d : chain.filed) {
            long v = fixtures.reload(d, DecidedChain.OFFICE).getVersion();
            if (d.getNomineeName().equals(chain.notEndorsed)) {
                approvals.decline(d.getId(), v, "Theo ý kiến thẩm định", office);
            } else {
                approvals.approve(d.getId(), v, null, office);
            }
        }
        return decisions.issue(chain.submission.id(), ISSUED_ON, office, fixtures.actor(DecidedChain.CHAIRMAN)).orElseThrow();
    }

    /** The files stay under target/documents/ for a person to look at, as the official documents' tests keep theirs. */
    private static void keep(String name, byte[] body) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), body);
    }

    private static String dong(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static String element(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).trim();
    }

    /** The rows of a prize table of the page as "name|awards|amount", the amount as a plain number. */
    private static List<String> pageLines(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as(tableId).isPositive();
        String table = html.substring(html.indexOf("<tbody>", start), html.indexOf("</table>", start));
        Matcher m = Pattern.compile("<tr>\\s*<td[^>]*>([^<]*)</td>\\s*<td class=\"num\"[^>]*>([^<]*)</td>\\s*"
                + "<td class=\"num\"[^>]*>([^<]*)</td>").matcher(table);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1).trim().replace("&amp;", "&") + "|" + m.group(2).trim().replace(".", "") + "|"
                    + m.group(3).trim().replace(".", ""));
        }
        return rows;
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' in the PDF", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        assertThat(end).as("'%s' after '%s' in the PDF", to, from).isGreaterThan(start);
        return text.substring(start + from.length(), end);
    }
}
