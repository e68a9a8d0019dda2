package vn.gov.sonla.awards.decision.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.document.DocumentFonts;
import vn.gov.sonla.awards.dossier.DossierView;

/**
 * Certificates printed on the province's pre-printed blanks (phôi): only the text, each field at the position its
 * award form's print layout gives, moved by the printing office's calibration; every print and reprint recorded.
 * The full-design certificate ({@link DecisionDocuments}) stays for digital delivery.
 */
@Service
@Transactional
public class BlankCertificates {

    static final float POINTS_PER_MM = 72f / 25.4f;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] FONT = DocumentFonts.file(DocumentFonts.REGULAR);

    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    BlankCertificates(Decisions decisions, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** One printed field: where (mm from the blank's top-left corner), how large, aligned how. */
    public record Field(String field, double xMm, double yMm, double fontPt, String align) {
    }

    /** The paper and fields of an award form's blank. */
    public record Layout(String paper, boolean landscape, List<Field> fields) {

        PDRectangle page() {
            PDRectangle p = "A3".equals(paper) ? PDRectangle.A3 : PDRectangle.A4;
            return landscape ? new PDRectangle(p.getHeight(), p.getWidth()) : p;
        }
    }

    /** A printer's offset in millimetres (right and down are positive). */
    public record Calibration(double dxMm, double dyMm) {
    }

    /** An awardee of the decision, in the appendix's order, for ticking the rows to print. */
    public record Row(long dossierId, String awardee, String unit) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows(long decisionId, Actor user) {
        return granted(decisions.get(decisionId, user), user).stream()
                .map(d -> new Row(d.id(), d.nomineeName(), d.unit().getName())).toList();
    }

    @Transactional(readOnly = true)
    public Calibration calibration(long unitId) {
        return jdbc.sql("select dx_mm, dy_mm from printer_calibration where unit_id = ?").param(unitId)
                .query((rs, n) -> new Calibration(rs.getDouble(1), rs.getDouble(2))).optional()
                .orElse(new Calibration(0, 0));
    }

    /** The office's printer offset, measured on the calibration page. */
    public void calibrate(BigDecimal dxMm, BigDecimal dyMm, Actor user) {
        requireOffice(user);
        jdbc.sql("""
                insert into printer_calibration (unit_id, dx_mm, dy_mm, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (unit_id) do update set dx_mm = excluded.dx_mm, dy_mm = excluded.dy_mm,
                       updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(user.unitId(), dxMm, dyMm, user.username(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /**
     * The certificates of the decision (all, or the ticked dossiers) as one PDF for the blanks, in the appendix's
     * order. Printing a certificate printed before is a reprint and needs its reason.
     */
    public byte[] print(long decisionId, Collection<Long> only, String reason, Actor user) {
        requireOffice(user);
        DecisionView decision = decisions.get(decisionId, user);
        List<DossierView> chosen = granted(decision, user).stream()
                .filter(d -> only == null || only.isEmpty() || only.contains(d.id())).toList();
        if (chosen.isEmpty()) {
            throw new ConflictException("print.nothingChosen");
        }
        Long[] ids = chosen.stream().map(DossierView::id).toArray(Long[]::new);
        boolean reprint = jdbc.sql("select exists (select 1 from certificate_print where decision_id = ? and dossier_ids && ?)")
                .params(decisionId, ids).query(Boolean.class).single();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (reprint && why == null) {
            throw new ConflictException("print.reprintNeedsReason");
        }
        Calibration calibration = calibration(user.unitId());
        byte[] pdf = render(decision, chosen, calibration);
        jdbc.sql("""
                insert into certificate_print (decision_id, dossier_ids, copies, reprint, reason, printed_by, printed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, ids, ids.length, reprint, why, user.username(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return pdf;
    }

    /** A page with a millimetre grid, printed on plain paper to measure the printer's offset. */
    public byte[] calibrationPage(String paper, boolean landscape) {
        Layout layout = new Layout("A3".equals(paper) ? "A3" : "A4", landscape, List.of());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(layout.page());
            document.addPage(page);
            PDFont font = font(document);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                int widthMm = Math.round(w / POINTS_PER_MM);
                int heightMm = Math.round(h / POINTS_PER_MM);
                for (int mm = 0; mm <= Math.max(widthMm, heightMm); mm++) {
                    float width = mm % 10 == 0 ? 0.6f : mm % 5 == 0 ? 0.3f : 0.1f;
                    out.setLineWidth(width);
                    if (mm <= widthMm) {
                        out.moveTo(mm * POINTS_PER_MM, 0);
                        out.lineTo(mm * POINTS_PER_MM, h);
                        out.stroke();
                    }
                    if (mm <= heightMm) {
                        out.moveTo(0, h - mm * POINTS_PER_MM);
                        out.lineTo(w, h - mm * POINTS_PER_MM);
                        out.stroke();
                    }
                }
                for (int mm = 10; mm < Math.max(widthMm, heightMm); mm += 10) {
                    if (mm < widthMm) {
                        text(out, font, 7, Integer.toString(mm), mm * POINTS_PER_MM + 1, h - 12 * POINTS_PER_MM);
                    }
                    if (mm < heightMm) {
                        text(out, font, 7, Integer.toString(mm), 12 * POINTS_PER_MM, h - mm * POINTS_PER_MM - 8);
                    }
                }
                text(out, font, 11, messages.getMessage("print.calibration.instructions", null, VIETNAMESE),
                        25 * POINTS_PER_MM, h - 25 * POINTS_PER_MM);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(DecisionView decision, List<DossierView> chosen, Calibration calibration) {
        Map<Long, Layout> layouts = new LinkedHashMap<>();
        try (PDDocument document = new PDDocument()) {
            PDFont font = font(document);
            for (DossierView d : chosen) {
                Layout layout = layouts.computeIfAbsent(d.effectiveAwardForm().getId(), this::layout);
                PDPage page = new PDPage(layout.page());
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                Map<String, String> texts = texts(d, decision);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    for (Field f : layout.fields()) {
                        String raw = texts.get(f.field());
                        if (raw == null || raw.isBlank()) {
                            continue;
                        }
                        float size = (float) f.fontPt();
                        float baseline = height - (float) (f.yMm() + calibration.dyMm()) * POINTS_PER_MM;
                        // a field of several lines (a deputy's "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH") goes down from its position
                        for (String line : raw.split("\n")) {
                            String text = DocumentFonts.composed(line.replaceAll("\\s+", " ").strip());
                            float x = (float) (f.xMm() + calibration.dxMm()) * POINTS_PER_MM;
                            float width = font.getStringWidth(text) / 1000 * size;
                            x -= switch (f.align()) {
                                case "CENTER" -> width / 2;
                                case "RIGHT" -> width;
                                default -> 0;
                            };
                            text(out, font, size, text, x, baseline);
                            baseline -= size * LINE_HEIGHT;
                        }
                    }
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distance between the lines of one field, in font sizes. */
    private static final float LINE_HEIGHT = 1.3f;

    private Map<String, String> texts(DossierView d, DecisionView decision) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("AWARDEE", d.nomineeName());
        t.put("POSITION", d.nomineeType() == NomineeType.INDIVIDUAL ? d.nominee().position() : null);
        t.put("UNIT", d.unit().getName());
        t.put("AWARD_LINE", d.awardLine() != null ? d.awardLine() : msg("document.certificate.achievement", d.achievementSummary()));
        t.put("DECISION", msg("document.certificate.decision", decision.number(), decision.issuedOn().format(DATE)));
        t.put("PLACE_DATE", msg("document.placeDate", decision.issuedOn().format(DateTimeFormatter.ofPattern("dd")),
                decision.issuedOn().format(DateTimeFormatter.ofPattern("MM")), Integer.toString(decision.issuedOn().getYear())));
        t.put("SIGNER_TITLE", String.join("\n", decision.signerAuthorityLines()));
        t.put("SIGNER_NAME", decision.signerName());
        return t;
    }

    private Layout layout(long awardFormId) {
        Layout base = jdbc.sql("select paper, landscape from print_layout where award_form_id = ?").param(awardFormId)
                .query((rs, n) -> new Layout(rs.getString(1), rs.getBoolean(2), List.of())).optional()
                .orElseThrow(() -> new ConflictException("print.noLayout"));
        List<Field> fields = jdbc.sql("select field, x_mm, y_mm, font_pt, align from print_layout_field where award_form_id = ? order by field")
                .param(awardFormId)
                .query((rs, n) -> new Field(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5)))
                .list();
        return new Layout(base.paper(), base.landscape(), fields);
    }

    /** The decision's awardees with a certificate, individuals then collectives, as its appendix lists them. */
    private List<DossierView> granted(DecisionView decision, Actor user) {
        Set<Long> withCertificate = decisions.certificates(decision).stream().map(Certificate::getDossierId)
                .collect(Collectors.toSet());
        List<DossierView> all = decisions.granted(decision, user).stream().filter(d -> withCertificate.contains(d.id())).toList();
        List<DossierView> ordered = new ArrayList<>(all.stream().filter(d -> d.nomineeType() == NomineeType.INDIVIDUAL).toList());
        ordered.addAll(all.stream().filter(d -> d.nomineeType() == NomineeType.COLLECTIVE).toList());
        return ordered;
    }

    private static void requireOffice(Actor user) {
        if (!user.is(Role.CHAIRMAN_OFFICE)) {
            throw new ForbiddenException("print.forbidden");
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, String text, float x, float y) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static PDFont font(PDDocument document) throws IOException {
        return DocumentFonts.load(document, FONT);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
