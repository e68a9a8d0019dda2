package vn.gov.sonla.awards.document;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableSectionsTests {

    @Test
    void noRowsMakeNoSection() {
        assertThat(TableSections.INSTANCE.of(List.of())).isEmpty();
    }

    @Test
    void rowsAreCutInOrderIntoSectionsThatKnowHowManyCameBefore() {
        List<Integer> rows = IntStream.rangeClosed(1, 2 * TableSections.ROWS + 5).boxed().toList();

        List<TableSections.Section<Integer>> sections = TableSections.INSTANCE.of(rows);

        assertThat(sections).extracting(TableSections.Section::offset).containsExactly(0, TableSections.ROWS, 2 * TableSections.ROWS);
        assertThat(sections).extracting(s -> s.rows().size()).containsExactly(TableSections.ROWS, TableSections.ROWS, 5);
        assertThat(sections.stream().flatMap(s -> s.rows().stream())).containsExactlyElementsOf(rows);
    }

    @Test
    void aListOfExactlyOneSectionIsOneSection() {
        List<Integer> rows = IntStream.range(0, TableSections.ROWS).boxed().toList();

        assertThat(TableSections.INSTANCE.of(rows)).singleElement().satisfies(s -> {
            assertThat(s.offset()).isZero();
            assertThat(s.rows()).isEqualTo(rows);
        });
    }
}
