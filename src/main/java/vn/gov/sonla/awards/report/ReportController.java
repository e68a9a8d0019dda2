package vn.gov.sonla.awards.report;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentActor;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.Option;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.song.SongFigures;
import vn.gov.sonla.awards.song.SongLedger;

/** The movement's results page ({@code /reports}), its XLSX export and its printable PDF, for the asker's scope. */
@Controller
class ReportController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Reports reports;
    private final ReportWorkbook workbook;
    private final PdfDocuments pdf;
    private final JdbcClient jdbc;
    private final SongLedger songLedger;
    private final SongFigures songFigures;

    ReportController(Reports reports, ReportWorkbook workbook, PdfDocuments pdf, JdbcClient jdbc, SongLedger songLedger,
                     SongFigures songFigures) {
        this.songLedger = songLedger;
        this.songFigures = songFigures;
        this.reports = reports;
        this.workbook = workbook;
        this.pdf = pdf;
        this.jdbc = jdbc;
    }

    @GetMapping("/reports")
    String page(@CurrentActor Actor user, @ModelAttribute("filter") ReportFilter filter,
                BindingResult binding, Model model) {
        // a date that does not parse is dropped (the field binds to null) and the page says so
        model.addAttribute("invalidFilter", binding.hasErrors());
        Report report = reports.build(user, filter);
        model.addAttribute("report", report);
        model.addAttribute("filter", report.filter());
        model.addAttribute("campaigns", jdbc.sql("select id, short_name from campaign order by id")
                .query((rs, n) -> Option.named(rs.getLong(1), rs.getString(2))).list());
        model.addAttribute("districtChart", BarChart.of(report.byDistrict()));
        model.addAttribute("stageChart", BarChart.of(report.byStage()));
        model.addAttribute("monthChart", BarChart.of(report.byMonth()));
        model.addAttribute("scopeKey", "reports.scope." + user.role());
        if (songLedger.reportsTo(user)) {
            // the program's own figures, for Sở TT&TT, Home Affairs and the chairman's office
            model.addAttribute("songTotals", songFigures.totals());
        }
        model.addAttribute("prizeMoney", report.prizeMoney());
        return "reports/index";
    }

    @GetMapping("/reports/export.xlsx")
    ResponseEntity<byte[]> xlsx(@CurrentActor Actor user, @ModelAttribute ReportFilter filter,
                                BindingResult binding, Locale locale) {
        Report report = reports.build(user, filter);
        byte[] bytes = workbook.write(report, user.unitName(), locale);
        String name = "bao-cao-ket-qua-" + FILE_STAMP.format(report.generatedAt().atZone(ProvinceTime.ZONE));
        return Downloads.attachment(bytes, Downloads.XLSX, name, "xlsx");
    }

    /**
     * The same report as the page (same parameters, same scope) laid out for printing: the scope, period, program
     * and generation time at the top, then every table of the page, the prize money included. Always in Vietnamese,
     * like the province's other documents; the charts are left out, their numbers are in the tables.
     */
    @GetMapping("/reports/report.pdf")
    ResponseEntity<byte[]> pdf(@CurrentActor Actor user, @ModelAttribute ReportFilter filter,
                               BindingResult binding) {
        Report report = reports.build(user, filter);
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("scopeKey", "reports.scope." + user.role());
        variables.put("unitName", user.unitName());
        variables.put("from", report.filter().from() == null ? null : MONTH.format(report.filter().from()));
        variables.put("to", report.filter().to() == null ? null : MONTH.format(report.filter().to()));
        variables.put("generatedAt", DATE_TIME.format(report.generatedAt().atZone(ProvinceTime.ZONE)));
        variables.put("prizeMoney", report.prizeMoney());
        byte[] body = pdf.pdf("reports/print", variables);
        return Downloads.attachment(body, Downloads.PDF,
                "bao-cao-ket-qua-" + FILE_STAMP.format(report.generatedAt().atZone(ProvinceTime.ZONE)), "pdf");
    }
}
