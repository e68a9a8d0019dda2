package vn.gov.sonla.awards.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.report.Report.Overdue;
import vn.gov.sonla.awards.report.Report.StageTime;

/**
 * The report as an XLSX workbook: a first sheet with the period, the filters and the generation time, then one
 * sheet per part of the page, each with the same rows and numbers as the page's tables, the prize money included.
 */
@Component
class ReportWorkbook {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Report report, String scopeName, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = book.createSheet(WorkbookUtil.createSafeSheetName(m("reports.sheet.summary", locale)));
            int r = 0;
            title(summary, r++, m("reports.title", locale), bold);
            pair(summary, r++, m("reports.scope", locale), scopeName);
            pair(summary, r++, m("reports.filter.from", locale),
                    report.filter().from() == null ? m("reports.filter.any", locale) : MONTH.format(report.filter().from()));
            pair(summary, r++, m("reports.filter.to", locale),
                    report.filter().to() == null ? m("reports.filter.any", locale) : MONTH.format(report.filter().to()));
            pair(summary, r++, m("reports.filter.campaign", locale),
                    report.campaignName() == null ? m("reports.filter.allCampaigns", locale) : report.campaignName());
            pair(summary, r++, m("reports.periodBasis", locale), m("reports.periodBasis.text", locale));
            pair(summary, r++, m("reports.generatedAt", locale),
                    DATE_TIME.format(report.generatedAt().atZone(ProvinceTime.ZONE)));
            r++;
            Report.Totals t = report.totals();
            number(summary, r++, m("reports.total.dossiers", locale), t.dossiers());
            number(summary, r++, m("reports.total.individuals", locale), t.individuals());
            number(summary, r++, m("reports.total.collectives", locale), t.collectives());
            number(summary, r++, m("reports.total.frontline", locale), t.frontline());
            decimal(summary, r++, m("reports.total.frontlineShare", locale), t.frontlineShare());
            number(summary, r++, m("reports.total.women", locale), t.women());
            decimal(summary, r++, m("reports.total.womenShare", locale), t.womenShare());
            number(summary, r++, m("reports.total.posthumous", locale), t.posthumous());
            number(summary, r++, m("reports.total.granted", locale), t.granted());
            number(summary, r++, m("reports.total.proposed", locale), t.proposedToCentral());
            number(summary, r++, m("reports.total.decided", locale), t.decided());
            number(summary, r++, m("reports.grassroots.decisions", locale), report.grassroots().decisions());
            number(summary, r++, m("reports.grassroots.awardees", locale), report.grassroots().awardees());
            number(summary, r++, m("reports.grassroots.individuals", locale), report.grassroots().individuals());
            number(summary, r++, m("reports.grassroots.collectives", locale), report.grassroots().collectives());
            number(summary, r, m("reports.overdue.total", locale), report.overdueTotal());
            summary.setColumnWidth(0, 45 * 256);
            summary.setColumnWidth(1, 60 * 256);

            rows(book, m("reports.byCampaign", locale), report.byCampaign(), bold, locale);
            rows(book, m("reports.byStage", locale), report.byStage(), bold, locale);
            rows(book, m("reports.byAwardForm", locale), report.byAwardForm(), bold, locale);
            rows(book, m("reports.byLevel", locale), report.byLevel(), bold, locale);
            rows(book, m("reports.byNomineeType", locale), report.byNomineeType(), bold, locale);
            rows(book, m("reports.byDistrict", locale), report.byDistrict(), bold, locale);
            rows(book, m("reports.byUnit", locale), report.byUnit(), bold, locale);
            rows(book, m("reports.byMonth", locale), report.byMonth(), bold, locale);

            Sheet times = book.createSheet(WorkbookUtil.createSafeSheetName(m("reports.sheet.times", locale)));
            header(times, bold, m("reports.times.department", locale), m("reports.times.stage", locale),
                    m("reports.times.visits", locale), m("reports.times.median", locale), m("reports.times.p90", locale));
            int i = 1;
            for (StageTime s : report.stageTimes()) {
                Row row = times.createRow(i++);
                row.createCell(0).setCellValue(s.department() == null ? m("reports.times.allDepartments", locale) : s.department());
                row.createCell(1).setCellValue(m("status." + s.stage(), locale));
                row.createCell(2).setCellValue(s.visits());
                row.createCell(3).setCellValue(s.medianDays());
                row.createCell(4).setCellValue(s.p90Days());
            }
            widths(times, 5);

            Sheet overdue = book.createSheet(WorkbookUtil.createSafeSheetName(m("reports.sheet.overdue", locale)));
            header(overdue, bold, m("reports.times.stage", locale), m("reports.times.department", locale),
                    m("reports.overdue.count", locale), m("reports.overdue.longest", locale));
            i = 1;
            for (Overdue o : report.overdue()) {
                Row row = overdue.createRow(i++);
                row.createCell(0).setCellValue(m("status." + o.stage(), locale));
                row.createCell(1).setCellValue(o.department() == null ? "" : o.department());
                row.createCell(2).setCellValue(o.count());
                row.createCell(3).setCellValue(o.longestWorkingDays());
            }
            widths(overdue, 4);

            prizeMoney(book, report.prizeMoney(), bold, locale);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The prize money as the page shows it: the total of the chairman's decisions and the units' own funds, then the
     * total by program, award form and unit, each a block of name, awards and amount (whole đồng, as numbers).
     */
    private void prizeMoney(XSSFWorkbook book, PrizeMoneyReport.Totals prizes, CellStyle bold, Locale locale) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(m("reports.prize.heading", locale)));
        CellStyle money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        int r = 0;
        title(sheet, r++, m("reports.prize.heading", locale), bold);
        sheet.createRow(r++).createCell(0).setCellValue(m("reports.prize.hint", locale));
        Row total = sheet.createRow(r++);
        total.createCell(0).setCellValue(m("reports.prize.total", locale));
        total.createCell(1).setCellValue(prizes.awards());
        moneyCell(total, 2, prizes.total(), money);
        Row grassroots = sheet.createRow(r++);
        grassroots.createCell(0).setCellValue(m("reports.prize.grassroots", locale));
        moneyCell(grassroots, 2, prizes.grassrootsTotal(), money);
        r = lines(sheet, r + 1, m("reports.prize.byCampaign", locale), prizes.byCampaign(), bold, money, locale);
        r = lines(sheet, r + 1, m("reports.prize.byAwardForm", locale), prizes.byAwardForm(), bold, money, locale);
        lines(sheet, r + 1, m("reports.prize.byUnit", locale), prizes.byUnit(), bold, money, locale);
        widths(sheet, 3);
    }

    /** A block of lines under its title and column headings; gives the next free row. */
    private int lines(Sheet sheet, int r, String heading, List<PrizeMoneyReport.Line> lines, CellStyle bold,
                      CellStyle money, Locale locale) {
        title(sheet, r++, heading, bold);
        Row head = sheet.createRow(r++);
        String[] titles = {m("reports.prize.name", locale), m("reports.prize.awards", locale),
                m("reports.prize.amountHeading", locale)};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(bold);
        }
        if (lines.isEmpty()) {
            sheet.createRow(r++).createCell(0).setCellValue(m("reports.none", locale));
        }
        for (PrizeMoneyReport.Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.name());
            row.createCell(1).setCellValue(line.awards());
            moneyCell(row, 2, line.amount(), money);
        }
        return r;
    }

    private static void moneyCell(Row row, int column, long amount, CellStyle money) {
        row.createCell(column).setCellValue(amount);
        row.getCell(column).setCellStyle(money);
    }

    private void rows(XSSFWorkbook book, String name, List<Report.Row> rows, CellStyle bold, Locale locale) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        header(sheet, bold, name, m("reports.count", locale));
        int i = 1;
        for (Report.Row r : rows) {
            Row row = sheet.createRow(i++);
            row.createCell(0).setCellValue(r.labelKey() == null ? r.label() : m(r.labelKey(), locale));
            row.createCell(1).setCellValue(r.count());
        }
        widths(sheet, 2);
    }

    private static void header(Sheet sheet, CellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static void widths(Sheet sheet, int columns) {
        sheet.setColumnWidth(0, 50 * 256);
        for (int i = 1; i < columns; i++) {
            sheet.setColumnWidth(i, 22 * 256);
        }
    }

    private static void title(Sheet sheet, int r, String text, CellStyle bold) {
        sheet.createRow(r).createCell(0).setCellValue(text);
        sheet.getRow(r).getCell(0).setCellStyle(bold);
    }

    private static void pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void number(Sheet sheet, int r, String label, long value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void decimal(Sheet sheet, int r, String label, double value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
