package vn.gov.sonla.awards.report;

import java.util.ArrayList;
import java.util.List;

import vn.gov.sonla.awards.report.Report.Row;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG by the template (no JavaScript, and only SVG
 * presentation attributes, never {@code style}, which the Content-Security-Policy forbids). The numbers are
 * also in the table under each chart.
 */
record BarChart(int width, int height, int barX, List<Bar> bars) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 360;
    static final int ROW_HEIGHT = 24;

    /** One bar: its row, its label and count, and where it is drawn. */
    record Bar(Row row, int y, int barWidth, int textY, int valueX) {
    }

    static BarChart of(List<Row> rows) {
        long max = rows.stream().mapToLong(Row::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Row row : rows) {
            int w = max == 0 ? 0 : (int) Math.max(row.count() > 0 ? 1 : 0, Math.round((double) BAR_AREA * row.count() / max));
            bars.add(new Bar(row, y, w, y + 16, LABEL_WIDTH + w + 6));
            y += ROW_HEIGHT;
        }
        return new BarChart(LABEL_WIDTH + BAR_AREA + 60, y + 4, LABEL_WIDTH, bars);
    }
}
