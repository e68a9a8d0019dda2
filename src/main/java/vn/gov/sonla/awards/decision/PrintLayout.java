package vn.gov.sonla.awards.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an award form's certificate is printed on the province's pre-printed blank (phôi): the paper, and for each
 * printed field its position in millimetres from the blank's top-left corner (of the text's baseline: its left end,
 * centre or right end as aligned), its size in points and its alignment. {@code hasScan}: a scanned picture of the
 * blank is kept for the on-screen preview (it is never printed).
 */
public record PrintLayout(long awardFormId, Paper paper, boolean landscape, List<Position> positions, String updatedBy,
                          Instant updatedAt, boolean hasScan) {

    /** The bounds the database holds a position and a size to. */
    public static final BigDecimal MAX_MM = BigDecimal.valueOf(420);
    public static final BigDecimal MIN_FONT_PT = BigDecimal.valueOf(8);
    public static final BigDecimal MAX_FONT_PT = BigDecimal.valueOf(72);

    /** The sizes of paper a blank comes in, portrait. */
    public enum Paper {
        A3(297, 420), A4(210, 297);

        private final int widthMm;
        private final int heightMm;

        Paper(int widthMm, int heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        public int widthMm(boolean landscape) {
            return landscape ? heightMm : widthMm;
        }

        public int heightMm(boolean landscape) {
            return landscape ? widthMm : heightMm;
        }
    }

    /** How a field's text stands on its position. */
    public enum Align {
        LEFT, CENTER, RIGHT;

        public String labelKey() {
            return "print.align." + name();
        }
    }

    /** One printed field. */
    public record Position(PrintField field, BigDecimal xMm, BigDecimal yMm, BigDecimal fontPt, Align align) {
    }

    public int widthMm() {
        return paper.widthMm(landscape);
    }

    public int heightMm() {
        return paper.heightMm(landscape);
    }

    public Optional<Position> position(PrintField field) {
        return positions.stream().filter(p -> p.field() == field).findFirst();
    }
}
