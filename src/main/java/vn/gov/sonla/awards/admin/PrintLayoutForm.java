package vn.gov.sonla.awards.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

import vn.gov.sonla.awards.decision.PrintField;
import vn.gov.sonla.awards.decision.PrintLayout;
import vn.gov.sonla.awards.decision.PrintLayout.Align;
import vn.gov.sonla.awards.decision.PrintLayout.Paper;
import vn.gov.sonla.awards.decision.PrintLayout.Position;

/**
 * An award form's print layout as the administrator types it: the paper and orientation, and for each printed field
 * its position (mm, as people write them, "150" or "150,5"), font size (pt) and alignment. Everything is text, so
 * that a refused form comes back exactly as typed; {@link #check} says what is wrong beside each box.
 */
record PrintLayoutForm(String paper, String orientation, FieldForm awardee, FieldForm position, FieldForm unit,
                       FieldForm awardLine, FieldForm decision, FieldForm placeDate, FieldForm signerTitle,
                       FieldForm signerName) {

    static final String LANDSCAPE = "LANDSCAPE";
    static final String PORTRAIT = "PORTRAIT";
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}([.,]\\d)?");

    /** One printed field's boxes. */
    record FieldForm(String x, String y, String size, String align) {

        static final FieldForm BLANK = new FieldForm("", "", "", "");
    }

    /**
     * The boxes of every printed field, none missing: a field's boxes the binder could not make into their record
     * (a crafted request that also sends the field's name alone) are read as typed from {@code typed}.
     */
    PrintLayoutForm complete(UnaryOperator<String> typed) {
        FieldForm[] f = new FieldForm[PrintField.values().length];
        for (PrintField field : PrintField.values()) {
            FieldForm bound = of(field);
            String name = property(field);
            f[field.ordinal()] = bound != null ? orBlank(bound) : orBlank(new FieldForm(typed.apply(name + ".x"),
                    typed.apply(name + ".y"), typed.apply(name + ".size"), typed.apply(name + ".align")));
        }
        return new PrintLayoutForm(orEmpty(paper), orEmpty(orientation), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    }

    static PrintLayoutForm of(PrintLayout layout) {
        FieldForm[] f = new FieldForm[PrintField.values().length];
        for (PrintField field : PrintField.values()) {
            f[field.ordinal()] = layout.position(field)
                    .map(p -> new FieldForm(text(p.xMm()), text(p.yMm()), text(p.fontPt()), p.align().name()))
                    .orElse(FieldForm.BLANK);
        }
        return new PrintLayoutForm(layout.paper().name(), layout.landscape() ? LANDSCAPE : PORTRAIT, f[0], f[1], f[2],
                f[3], f[4], f[5], f[6], f[7]);
    }

    /** The name of a printed field's boxes in this form: AWARD_LINE is awardLine. */
    static String property(PrintField field) {
        StringBuilder name = new StringBuilder();
        for (String word : field.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    FieldForm of(PrintField field) {
        return switch (field) {
            case AWARDEE -> awardee;
            case POSITION -> position;
            case UNIT -> unit;
            case AWARD_LINE -> awardLine;
            case DECISION -> decision;
            case PLACE_DATE -> placeDate;
            case SIGNER_TITLE -> signerTitle;
            case SIGNER_NAME -> signerName;
        };
    }

    /** Rejects each box that is not within the bounds the database keeps, naming the printed field. */
    void check(Errors errors) {
        Paper chosen = chosenPaper();
        if (chosen == null) {
            errors.rejectValue("paper", "validation.printLayout.paper");
        }
        if (!LANDSCAPE.equals(orientation) && !PORTRAIT.equals(orientation)) {
            errors.rejectValue("orientation", "validation.printLayout.orientation");
        }
        for (PrintField field : PrintField.values()) {
            FieldForm boxes = of(field);
            String name = property(field);
            Object[] label = {new DefaultMessageSourceResolvable(field.labelKey())};
            BigDecimal x = decimal(boxes.x());
            BigDecimal y = decimal(boxes.y());
            BigDecimal size = decimal(boxes.size());
            if (x == null || x.compareTo(PrintLayout.MAX_MM) > 0) {
                errors.rejectValue(name + ".x", "validation.printLayout.x", label, null);
            } else if (chosen != null && errors.getFieldErrorCount("orientation") == 0
                    && x.compareTo(BigDecimal.valueOf(chosen.widthMm(landscape()))) > 0) {
                errors.rejectValue(name + ".x", "validation.printLayout.xOffPaper",
                        new Object[]{label[0], chosen.widthMm(landscape())}, null);
            }
            if (y == null || y.compareTo(PrintLayout.MAX_MM) > 0) {
                errors.rejectValue(name + ".y", "validation.printLayout.y", label, null);
            } else if (chosen != null && errors.getFieldErrorCount("orientation") == 0
                    && y.compareTo(BigDecimal.valueOf(chosen.heightMm(landscape()))) > 0) {
                errors.rejectValue(name + ".y", "validation.printLayout.yOffPaper",
                        new Object[]{label[0], chosen.heightMm(landscape())}, null);
            }
            if (size == null || size.compareTo(PrintLayout.MIN_FONT_PT) < 0 || size.compareTo(PrintLayout.MAX_FONT_PT) > 0) {
                errors.rejectValue(name + ".size", "validation.printLayout.size", label, null);
            }
            if (align(boxes.align()) == null) {
                errors.rejectValue(name + ".align", "validation.printLayout.align", label, null);
            }
        }
    }

    /** What {@link #check} found sound, as the layout's positions. */
    List<Position> positions() {
        List<Position> positions = new ArrayList<>();
        for (PrintField field : PrintField.values()) {
            FieldForm boxes = of(field);
            positions.add(new Position(field, decimal(boxes.x()), decimal(boxes.y()), decimal(boxes.size()),
                    align(boxes.align())));
        }
        return positions;
    }

    Paper chosenPaper() {
        return "A3".equals(paper) ? Paper.A3 : "A4".equals(paper) ? Paper.A4 : null;
    }

    boolean landscape() {
        return LANDSCAPE.equals(orientation);
    }

    private static Align align(String value) {
        for (Align a : Align.values()) {
            if (a.name().equals(value)) {
                return a;
            }
        }
        return null;
    }

    private static BigDecimal decimal(String typed) {
        String s = typed == null ? "" : typed.strip();
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s.replace(',', '.')) : null;
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static FieldForm orBlank(FieldForm f) {
        return new FieldForm(orEmpty(f.x()), orEmpty(f.y()), orEmpty(f.size()), orEmpty(f.align()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
