package vn.gov.sonla.awards.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A long list of a document cut into table sections ({@code <tbody>}) of a few rows, offered to every document
 * template as {@code tableSections}: {@code th:each="s : ${tableSections.of(rows)}"}, then the rows of {@code s.rows}
 * numbered from {@code s.offset + 1}. The PDF looks the same; openhtmltopdf lays a row out again when it moves to
 * the next page and then measures every cell of that row's section anew, which for one section of 2,000 rows was a
 * fifth of the document's time.
 */
public final class TableSections {

    /** Rows per section: about a page. */
    static final int ROWS = 20;

    static final TableSections INSTANCE = new TableSections();

    private TableSections() {
    }

    /** The rows in sections of {@link #ROWS}, in order; none for no rows. */
    public <T> List<Section<T>> of(List<T> rows) {
        List<Section<T>> sections = new ArrayList<>(rows.size() / ROWS + 1);
        for (int from = 0; from < rows.size(); from += ROWS) {
            sections.add(new Section<>(from, rows.subList(from, Math.min(from + ROWS, rows.size()))));
        }
        return sections;
    }

    /** The rows of one section, and how many rows came before it. */
    public record Section<T>(int offset, List<T> rows) {
    }
}
