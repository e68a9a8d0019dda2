package vn.gov.sonla.awards.decision.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.common.VerificationCode;
import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.document.Spreadsheets;
import vn.gov.sonla.awards.document.QrCodes;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.prize.DecisionPrizes;
import vn.gov.sonla.awards.prize.Money;
import vn.gov.sonla.awards.prize.PrizeMoney;
import vn.gov.sonla.awards.prize.VietnameseNumberWords;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.decision.Grant;
import vn.gov.sonla.awards.signature.DocumentKind;

/**
 * The decision (Quyết định "N/QĐ-UBND") in the official layout with its appendix, and the certificates (Bằng khen)
 * it grants, each with a QR code to its public verification page — all made from the stored data.
 */
@Service
public class DecisionDocuments {

    private final Decisions decisions;
    private final Dossiers dossiers;
    private final PdfDocuments pdf;
    private final String publicBaseUrl;
    private final PrizeMoney prizeMoney;

    private final MessageSource messages;

    DecisionDocuments(Decisions decisions, Dossiers dossiers, PdfDocuments pdf, PrizeMoney prizeMoney, MessageSource messages,
                      @Value("${awards.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.prizeMoney = prizeMoney;
        this.messages = messages;
        this.decisions = decisions;
        this.dossiers = dossiers;
        this.pdf = pdf;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The public address that verifies a certificate, as printed in its QR code. */
    public String verificationUrl(String code) {
        // the stored code, without the printed groups' hyphens, at which a line of the printed address may not break
        return publicBaseUrl + "/verify/" + code;
    }

    public byte[] decisionPdf(long decisionId, Actor user) {
        DecisionView decision = decisions.get(decisionId, user);
        DecisionPrizes prizes = prizeMoney.ofDecision(decision.id());
        Map<Long, Long> amounts = new java.util.HashMap<>();
        prizes.byDossier().forEach((dossier, prize) -> amounts.put(dossier, prize.amount()));
        return render(decision, decisions.submissionOf(decision, user), decisions.granted(decision, user), amounts,
                DocumentKind.DECISION.identifier(decisionId));
    }

    /**
     * The decision as the leader about to sign reads it: no number, no signature, the prize money each award would
     * get on the prepared date.
     */
    public byte[] draftDecisionPdf(long submissionId, Actor user) {
        Decisions.Draft draft = decisions.draft(submissionId, user);
        Map<Long, Long> amounts = new java.util.HashMap<>();
        for (DossierView d : draft.provincial()) {
            prizeMoney.amountOn(d.effectiveAwardForm().getId(), d.nomineeType(), draft.decision().issuedOn())
                    .ifPresent(a -> amounts.put(d.id(), a.amount()));
        }
        return render(draft.decision(), draft.submission(), draft.provincial(), amounts, null);
    }

    /** The chairman's letter proposing the state-level awards to the central level, as issued or as a draft. */
    public byte[] letterPdf(long submissionId, Actor user) {
        Decisions.Letter letter = decisions.letter(submissionId, user);
        Map<String, Object> variables = Map.of(
                "letter", letter,
                "submission", letter.submission(),
                "individuals", letter.proposed().stream().filter(d -> d.nomineeType() == NomineeType.INDIVIDUAL).toList(),
                "collectives", letter.proposed().stream().filter(d -> d.nomineeType() == NomineeType.COLLECTIVE).toList());
        // only the signed letter names itself in its metadata: a draft can never pass for the original
        return letter.isSigned() ? pdf.pdf("documents/letter", variables, DocumentKind.LETTER.identifier(submissionId))
                : pdf.pdf("documents/letter", variables);
    }

    private byte[] render(DecisionView decision, SubmissionView submission, List<DossierView> granted,
                          Map<Long, Long> prizeAmounts, String identifier) {
        List<DossierView> individuals = granted.stream().filter(d -> d.nomineeType() == NomineeType.INDIVIDUAL).toList();
        List<DossierView> collectives = granted.stream().filter(d -> d.nomineeType() == NomineeType.COLLECTIVE).toList();
        String campaigns = String.join("; ", granted.stream().map(d -> d.campaign().getName()).distinct().toList());
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(
                "decision", decision,
                "submission", submission,
                "reportNumber", Objects.requireNonNullElse(submission.appraisalReportNumber(), submission.number()),
                "reportDate", submission.forwardedAt() == null ? decision.issuedOn()
                        : submission.forwardedAt().atZone(ProvinceTime.ZONE).toLocalDate(),
                "campaigns", campaigns,
                "individuals", individuals,
                "collectives", collectives));
        if (!prizeAmounts.isEmpty()) {
            // the appendix shows the amount of each award and their total, in figures and in words
            Map<Long, String> amounts = new java.util.HashMap<>();
            prizeAmounts.forEach((dossier, amount) -> amounts.put(dossier, Money.figures(amount)));
            long total = prizeAmounts.values().stream().mapToLong(Long::longValue).sum();
            variables.put("prizes", amounts);
            variables.put("prizeTotal", Money.figures(total));
            variables.put("prizeTotalWords", VietnameseNumberWords.dong(total));
        }
        return identifier == null ? pdf.pdf("documents/decision", variables)
                : pdf.pdf("documents/decision", variables, identifier);
    }

    /**
     * The finance office's payout list of a decision: one row per award with its frozen coefficient, base salary and
     * amount, then the total in figures and in words. Awards without money (none frozen) show no amount.
     */
    public byte[] payoutXlsx(long decisionId, Actor user) {
        DecisionView decision = decisions.get(decisionId, user);
        DecisionPrizes prizes = prizeMoney.ofDecision(decision.id());
        return Spreadsheets.xlsx(book -> {
            Sheet sheet = book.createSheet(msg("payout.sheet"));
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(msg("payout.title", decision.number(),
                    decision.issuedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            title.getCell(0).setCellStyle(bold);
            String[] headings = {"payout.col.n", "payout.col.name", "payout.col.nomineeType", "payout.col.unit",
                    "payout.col.award", "payout.col.campaign", "payout.col.coefficient", "payout.col.baseSalary",
                    "payout.col.amount", "payout.col.signature"};
            Row head = sheet.createRow(2);
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(msg(headings[i]));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 3;
            int n = 1;
            for (DossierView d : decisions.granted(decision, user)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(d.nomineeName());
                row.createCell(2).setCellValue(msg("nomineeType." + d.nomineeType().name()));
                row.createCell(3).setCellValue(d.unit().getName());
                row.createCell(4).setCellValue(d.effectiveAwardForm().getName());
                row.createCell(5).setCellValue(d.campaign().getShortName());
                prizes.of(d.id()).ifPresent(p -> {
                    row.createCell(6).setCellValue(p.coefficient().doubleValue());
                    row.createCell(7).setCellValue(p.baseSalary());
                    row.getCell(7).setCellStyle(money);
                    row.createCell(8).setCellValue(p.amount());
                    row.getCell(8).setCellStyle(money);
                });
            }
            Row total = sheet.createRow(r++);
            total.createCell(1).setCellValue(msg("payout.total"));
            total.getCell(1).setCellStyle(bold);
            total.createCell(8).setCellValue(prizes.total());
            total.getCell(8).setCellStyle(money);
            sheet.createRow(r).createCell(1).setCellValue(msg("document.prize.words", prizes.totalInWords()));
            int[] widths = {6, 30, 12, 30, 30, 24, 10, 14, 14, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 3);
        });
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("vi"));
    }

    /** Every certificate of the decision, one landscape page each. */
    public byte[] certificatesPdf(long decisionId, Actor user) {
        DecisionView decision = decisions.get(decisionId, user);
        Map<Long, String> codes = decisions.certificates(decision).stream()
                .collect(java.util.stream.Collectors.toMap(Certificate::getDossierId, Certificate::getCode));
        List<CertificatePage> pages = decisions.granted(decision, user).stream()
                .filter(d -> codes.containsKey(d.id()))
                .map(d -> page(d, decision, codes.get(d.id()))).toList();
        return pdf.pdf("documents/certificates", Map.of("pages", pages));
    }

    /** The certificate of one granted dossier (for its unit's clerk too). */
    public byte[] certificatePdf(long dossierId, Actor user) {
        Certificate certificate = decisions.certificateOf(dossierId, user);
        DossierView dossier = dossiers.view(dossierId, user);
        // A clerk may see the unit's granted dossier but not the submission behind the decision: the certificate
        // needs only the decision's number and date, which the grant of the dossier carries.
        Grant grant = decisions.grantOf(dossierId).orElseThrow(() -> new NotFoundException("decision of dossier " + dossierId));
        return pdf.pdf("documents/certificates", Map.of("pages", List.of(
                page(dossier, grant.number(), grant.issuedOn(), grant.signerAuthorityLines(), grant.signerName(),
                        certificate.getCode()))));
    }

    private CertificatePage page(DossierView d, DecisionView decision, String code) {
        return page(d, decision.number(), decision.issuedOn(), decision.signerAuthorityLines(), decision.signerName(), code);
    }

    private CertificatePage page(DossierView d, String decisionNumber, java.time.LocalDate decisionDate,
                                 List<String> signerLines, String signerName, String code) {
        String url = verificationUrl(code);
        return new CertificatePage(d.nomineeName(), d.nomineeType() == NomineeType.INDIVIDUAL ? d.nominee().position() : null,
                d.unit().getName(), d.effectiveAwardForm().getName(), awardLine(d), decisionNumber, decisionDate,
                VerificationCode.printed(code), url, QrCodes.dataUri(url, 240), signerLines, signerName);
    }

    /** The line the certificate prints: as the chairman's office wrote it, else "Đã có thành tích: " and the summary. */
    String awardLine(DossierView d) {
        return d.awardLine() != null ? d.awardLine() : msg("document.certificate.achievement", d.achievementSummary());
    }

    /**
     * What one certificate page shows; the award form is the one that stands, as the verification page says; the
     * signer's authority lines and name are the decision's, from the account that signed it.
     */
    public record CertificatePage(String awardee, String position, String unit, String awardForm, String achievement,
                                  String decisionNumber, java.time.LocalDate decisionDate, String code,
                                  String verificationUrl, String qrDataUri, List<String> signerLines,
                                  String signerName) {
    }
}
