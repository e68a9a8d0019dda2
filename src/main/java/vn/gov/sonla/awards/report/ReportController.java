package vn.gov.sonla.awards.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.Option;

/** The movement's results page ({@code /reports}) and its XLSX export, for the asker's scope. */
@Controller
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reports reports;
    private final ReportWorkbook workbook;
    private final JdbcClient jdbc;

    ReportController(Reports reports, ReportWorkbook workbook, JdbcClient jdbc) {
        this.reports = reports;
        this.workbook = workbook;
        this.jdbc = jdbc;
    }

    @GetMapping("/reports")
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ReportFilter filter,
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
        return "reports/index";
    }

    @GetMapping("/reports/export.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ReportFilter filter,
                                BindingResult binding, Locale locale) {
        Report report = reports.build(user, filter);
        byte[] bytes = workbook.write(report, user.unitName(), locale);
        String name = "bao-cao-ket-qua-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                .format(report.generatedAt().atZone(Reports.PROVINCE)) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
