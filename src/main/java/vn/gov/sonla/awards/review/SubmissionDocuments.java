package vn.gov.sonla.awards.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.document.Spreadsheets;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;

/**
 * The compiled submission (tờ trình tổng hợp) as documents made from the stored data: the letter with its attached
 * list as PDF, and the same list as XLSX. Whoever may see the submission may download them (the department that
 * sent it, Home Affairs, the chairman's office once forwarded); anybody else gets 404.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Where the number goes on a document a leader has not signed yet. */
    public static final String UNNUMBERED = "\u2003\u2003";
    private static final String PDF = "documents/submission";

    private final SubmissionAccess submissions;
    private final Dossiers dossiers;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    private final Clock clock;

    SubmissionDocuments(SubmissionAccess submissions, Dossiers dossiers, PdfDocuments pdf, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.pdf = pdf;
        this.messages = messages;
    }

    /**
     * The submission and its list, for a document; 404 outside the asker's scope. The document carries the
     * nominees' personal data, so each dossier in it counts as viewed by the asker.
     */
    @Transactional
    public Contents contents(long submissionId, Actor user) {
        return made(submissionId, user, c -> c);
    }

    /** The document made of the submission and its list, while the views it counts are recorded. */
    private <T> T made(long submissionId, Actor user, Function<Contents, T> document) {
        SubmissionView submission = submissions.find(submissionId, user).view();
        return dossiers.inSubmissionDocument(user, submissionId, all -> document.apply(contents(submission, all)));
    }

    /** The dossiers listed in the order of {@link Dossiers#inSubmissionDocument}: individuals, then collectives, by id. */
    private Contents contents(SubmissionView submission, List<DossierView> all) {
        LocalDate date = submission.sentAt() != null ? submission.sentAt().atZone(ProvinceTime.ZONE).toLocalDate()
                : LocalDate.now(clock);
        return new Contents(submission,
                all.stream().filter(d -> d.nomineeType() == NomineeType.INDIVIDUAL).toList(),
                all.stream().filter(d -> d.nomineeType() == NomineeType.COLLECTIVE).toList(), date);
    }

    @Transactional
    public byte[] pdf(long submissionId, Actor user) {
        return made(submissionId, user, c -> pdf.pdf(PDF, pdfVariables(c), DocumentKind.SUBMISSION.identifier(submissionId)));
    }

    /**
     * Starts laying out the PDF of a submission just signed, while its dossiers are stored, for whoever downloads it
     * next ({@link PdfDocuments#layOutAhead}); {@code listed} are the dossiers it sends, as loaded to send them.
     */
    void layOutAhead(SubmissionView signed, List<DossierView> listed) {
        pdf.layOutAhead(PDF, pdfVariables(contents(signed, listed)), DocumentKind.SUBMISSION.identifier(signed.id()));
    }

    private static Map<String, Object> pdfVariables(Contents c) {
        String campaigns = String.join("; ", c.all().stream().map(d -> d.campaign().getShortName()).distinct().toList());
        return Map.of(
                "submission", c.submission(),
                "number", c.number(),
                "date", c.date(),
                "campaigns", campaigns,
                "individuals", c.individuals(),
                "collectives", c.collectives());
    }

    /** The list as a spreadsheet: a title row, a heading row, then one row per nominee, individuals first. */
    @Transactional
    public byte[] xlsx(long submissionId, Actor user) {
        return made(submissionId, user, c -> Spreadsheets.xlsx(book -> {
            Sheet sheet = book.createSheet(msg("document.xlsx.sheet"));
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(msg("document.submission.attached", c.number(),
                    c.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            title.getCell(0).setCellStyle(bold);

            String[] headings = {"document.col.n", "document.col.nomineeType", "document.col.name", "document.col.position",
                    "document.col.unit", "document.col.award", "document.col.campaign", "document.col.achievement"};
            Row head = sheet.createRow(2);
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(msg(headings[i]));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 3;
            int n = 1;
            for (DossierView d : c.all()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(msg("nomineeType." + d.nomineeType().name()));
                row.createCell(2).setCellValue(d.nomineeName());
                row.createCell(3).setCellValue(d.nominee().position() == null ? "" : d.nominee().position());
                row.createCell(4).setCellValue(d.unit().getName());
                row.createCell(5).setCellValue(d.effectiveAwardForm().getName());
                row.createCell(6).setCellValue(d.campaign().getShortName());
                row.createCell(7).setCellValue(d.achievementSummary());
                row.getCell(7).setCellStyle(wrap);
            }
            int[] widths = {6, 12, 30, 30, 30, 30, 30, 60};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 3);
        }));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** A submission and the dossiers it carries, individuals and collectives apart. */
    public record Contents(SubmissionView submission, List<DossierView> individuals, List<DossierView> collectives,
                           LocalDate date) {

        /** The number, or its blank before the leader signs ("     /TTr-SYT"): the number is taken at signature. */
        public String number() {
            return submission.number() != null ? submission.number()
                    : UNNUMBERED + "/TTr-" + submission.departmentCode();
        }

        public List<DossierView> all() {
            return java.util.stream.Stream.concat(individuals.stream(), collectives.stream()).toList();
        }

    }
}
