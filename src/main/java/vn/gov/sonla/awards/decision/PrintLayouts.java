package vn.gov.sonla.awards.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.decision.PrintLayout.Align;
import vn.gov.sonla.awards.decision.PrintLayout.Paper;
import vn.gov.sonla.awards.decision.PrintLayout.Position;

/**
 * The print layouts of the award forms' blanks, as the administrator keeps them: each change records who made it
 * and when. A scanned picture of a blank is kept for the on-screen preview only; it is checked by its content (a
 * PNG or JPEG picture of sensible size), never by its name.
 */
@Service
@Transactional
public class PrintLayouts {

    /** The largest scan kept: a blank scanned at 150 dpi as a JPEG is well under it. */
    public static final int MAX_SCAN_BYTES = 5 * 1024 * 1024;
    /** The largest side of a scan, in pixels: A3 at 600 dpi. */
    public static final int MAX_SCAN_PIXELS = 10_000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final JdbcClient jdbc;
    private final Clock clock;

    PrintLayouts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An award form and its layout, if it has one, as the administrator's list shows them. */
    public record Entry(long awardFormId, String awardFormName, Optional<PrintLayout> layout) {
    }

    /** A scanned picture of a blank and its media type. */
    public record Scan(byte[] content, String mediaType) {
    }

    /** Every award form, in the order of the reference data, with its layout or none. */
    @Transactional(readOnly = true)
    public List<Entry> list() {
        return jdbc.sql("select id, name from award_form order by sort_order, id")
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), layout(rs.getLong(1))))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<PrintLayout> layout(long awardFormId) {
        List<Position> positions = jdbc.sql("""
                        select field, x_mm, y_mm, font_pt, align from print_layout_field where award_form_id = ?""")
                .param(awardFormId)
                .query((rs, n) -> new Position(PrintField.valueOf(rs.getString(1)), rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), Align.valueOf(rs.getString(5))))
                .list().stream().sorted((a, b) -> a.field().compareTo(b.field())).toList();
        return jdbc.sql("""
                        select paper, landscape, updated_by, updated_at, blank_scan is not null
                          from print_layout where award_form_id = ?""")
                .param(awardFormId)
                .query((rs, n) -> new PrintLayout(awardFormId, Paper.valueOf(rs.getString(1)), rs.getBoolean(2), positions,
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5)))
                .optional();
    }

    /**
     * The layout a new one starts from: the Sơn La blank of the chairman's certificate (A3 landscape), which the
     * administrator then moves to the award form's own blank.
     */
    public static PrintLayout starting(long awardFormId) {
        return new PrintLayout(awardFormId, Paper.A3, true, List.of(
                position(PrintField.AWARDEE, 210, 150, 26),
                position(PrintField.POSITION, 210, 163, 15),
                position(PrintField.UNIT, 210, 173, 15),
                position(PrintField.AWARD_LINE, 210, 188, 14),
                position(PrintField.DECISION, 95, 262, 11),
                position(PrintField.PLACE_DATE, 310, 232, 13),
                position(PrintField.SIGNER_TITLE, 310, 241, 13),
                position(PrintField.SIGNER_NAME, 310, 280, 15)), null, null, false);
    }

    /**
     * Sets the award form's layout (creating it when the form has none): the paper and every field's position.
     * Every printed field must be placed once, within the bounds of {@link PrintLayout}.
     */
    public void save(long awardFormId, Paper paper, boolean landscape, List<Position> positions, Actor by) {
        requireAdmin(by);
        requireAwardForm(awardFormId);
        if (positions.size() != PrintField.values().length
                || positions.stream().map(Position::field).distinct().count() != PrintField.values().length
                || !positions.stream().allMatch(PrintLayouts::withinBounds)) {
            throw new IllegalArgumentException("a layout places every printed field once, within bounds");
        }
        jdbc.sql("""
                insert into print_layout (award_form_id, paper, landscape, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (award_form_id) do update set paper = excluded.paper, landscape = excluded.landscape,
                       updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(awardFormId, paper.name(), landscape, by.username(), now())
                .update();
        jdbc.sql("delete from print_layout_field where award_form_id = ?").param(awardFormId).update();
        for (Position p : positions) {
            jdbc.sql("""
                    insert into print_layout_field (award_form_id, field, x_mm, y_mm, font_pt, align)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(awardFormId, p.field().name(), p.xMm(), p.yMm(), p.fontPt(), p.align().name())
                    .update();
        }
    }

    /**
     * Keeps a scanned picture of the award form's blank for the preview. Refused (and nothing replaced) when the
     * form has no layout yet, or the file is not a PNG or JPEG picture that can be read, or is too large.
     */
    public void saveScan(long awardFormId, byte[] content, Actor by) {
        requireAdmin(by);
        requireLayout(awardFormId);
        byte[] bytes = content == null ? new byte[0] : content;
        if (bytes.length == 0) {
            throw new ConflictException("print.scan.empty");
        }
        if (bytes.length > MAX_SCAN_BYTES) {
            throw new ConflictException("print.scan.tooLarge", MAX_SCAN_BYTES / (1024 * 1024));
        }
        if (mediaType(bytes).isEmpty() || !readablePicture(bytes)) {
            throw new ConflictException("print.scan.notPicture");
        }
        jdbc.sql("update print_layout set blank_scan = ?, updated_by = ?, updated_at = ? where award_form_id = ?")
                .params(bytes, by.username(), now(), awardFormId)
                .update();
    }

    /** Takes the scanned picture off the layout. */
    public void removeScan(long awardFormId, Actor by) {
        requireAdmin(by);
        requireLayout(awardFormId);
        jdbc.sql("update print_layout set blank_scan = null, updated_by = ?, updated_at = ? where award_form_id = ?")
                .params(by.username(), now(), awardFormId)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Scan> scan(long awardFormId) {
        return jdbc.sql("select blank_scan from print_layout where award_form_id = ? and blank_scan is not null")
                .param(awardFormId).query(byte[].class).optional()
                .flatMap(bytes -> mediaType(bytes).map(type -> new Scan(bytes, type)));
    }

    /** PNG or JPEG by the file's first bytes, whatever its name says. */
    static Optional<String> mediaType(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The picture's header reads and its size is sensible, without decoding its pixels. */
    private static boolean readablePicture(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 && width <= MAX_SCAN_PIXELS && height <= MAX_SCAN_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean withinBounds(Position p) {
        return p.field() != null && p.align() != null && within(p.xMm(), BigDecimal.ZERO, PrintLayout.MAX_MM)
                && within(p.yMm(), BigDecimal.ZERO, PrintLayout.MAX_MM)
                && within(p.fontPt(), PrintLayout.MIN_FONT_PT, PrintLayout.MAX_FONT_PT);
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0 && value.scale() <= 1;
    }

    private static Position position(PrintField field, int x, int y, int pt) {
        return new Position(field, BigDecimal.valueOf(x), BigDecimal.valueOf(y), BigDecimal.valueOf(pt), Align.CENTER);
    }

    private void requireAwardForm(long awardFormId) {
        if (!jdbc.sql("select exists (select 1 from award_form where id = ?)").param(awardFormId).query(Boolean.class).single()) {
            throw new NotFoundException("award form " + awardFormId);
        }
    }

    private void requireLayout(long awardFormId) {
        if (!jdbc.sql("select exists (select 1 from print_layout where award_form_id = ?)").param(awardFormId)
                .query(Boolean.class).single()) {
            throw new NotFoundException("print layout of award form " + awardFormId);
        }
    }

    private static void requireAdmin(Actor by) {
        if (!by.is(Role.ADMIN)) {
            throw new ForbiddenException("error.admin.only");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
