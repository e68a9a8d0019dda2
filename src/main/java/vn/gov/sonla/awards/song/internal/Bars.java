package vn.gov.sonla.awards.song.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the template, like the reports' (no JavaScript, only SVG
 * presentation attributes, which the Content-Security-Policy allows). The numbers are in the table beside it.
 */
record Bars(int width, int height, int barX, List<Bar> bars) {

    static final int LABEL_WIDTH = 220;
    static final int BAR_AREA = 320;
    static final int ROW_HEIGHT = 24;

    record Item(String label, long value) {
    }

    record Bar(Item item, int y, int barWidth, int textY, int valueX) {
    }

    static Bars of(List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Item item : items) {
            long v = Math.max(0, item.value());
            int w = max <= 0 ? 0 : (int) Math.max(v > 0 ? 1 : 0, Math.round((double) BAR_AREA * v / max));
            bars.add(new Bar(item, y, w, y + 16, LABEL_WIDTH + w + 6));
            y += ROW_HEIGHT;
        }
        return new Bars(LABEL_WIDTH + BAR_AREA + 140, y + 4, LABEL_WIDTH, bars);
    }
}
