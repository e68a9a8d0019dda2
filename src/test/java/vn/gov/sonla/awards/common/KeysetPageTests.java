package vn.gov.sonla.awards.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Pages read by keyset: where the previous and next pages start, and the links that keep the filters. */
class KeysetPageTests {

    @Test
    void theFirstPageLinksOnlyToTheNext() {
        // newest first: ids 30..10, one more than the page (3) to know the list goes on
        KeysetPage<Long> page = KeysetPage.of(List.of(30L, 20L, 15L, 10L), Keyset.first(3), id -> id, 4);
        assertThat(page.items()).containsExactly(30L, 20L, 15L);
        assertThat(page.nextAfter()).isEqualTo(15L);
        assertThat(page.previousBefore()).isNull();
        assertThat(page.first()).isTrue();

        PageLinks links = PageLinks.of(request("q", "Lò"), page);
        assertThat(links.first()).isNull();
        assertThat(links.previous()).isNull();
        assertThat(links.next()).isEqualTo("/review?q=L%C3%B2&after=15");
    }

    @Test
    void aLaterPageLinksBackAndToTheStartAndTheLastPageHasNoNext() {
        KeysetPage<Long> page = KeysetPage.of(List.of(9L, 8L), Keyset.of(10L, null, 3), id -> id, KeysetPage.NOT_COUNTED);
        assertThat(page.items()).containsExactly(9L, 8L);
        assertThat(page.previousBefore()).isEqualTo(9L);
        assertThat(page.nextAfter()).isNull();

        PageLinks links = PageLinks.of(request("after", "10"), page);
        assertThat(links.first()).isEqualTo("/review");
        assertThat(links.previous()).isEqualTo("/review?before=9");
        assertThat(links.next()).isNull();
    }

    @Test
    void goingBackReadsOldestFirstAndShowsNewestFirst() {
        // the rows just newer than 9, read upwards: 10, 15, 20 and one more (30)
        KeysetPage<Long> page = KeysetPage.of(List.of(10L, 15L, 20L, 30L), Keyset.of(null, 9L, 3), id -> id, 4);
        assertThat(page.items()).containsExactly(20L, 15L, 10L);
        assertThat(page.previousBefore()).isEqualTo(20L);
        assertThat(page.nextAfter()).isEqualTo(10L);
        assertThat(page.first()).isFalse();
    }

    @Test
    void anEmptyLaterPageStillLeadsBackToTheStart() {
        // an old link after the last row, or rows dealt with since the link was made
        KeysetPage<Long> page = KeysetPage.of(List.of(), Keyset.of(5L, null, 3), id -> id, 0);
        assertThat(page.isEmpty()).isTrue();
        PageLinks links = PageLinks.of(request("after", "5"), page);
        assertThat(links.first()).isEqualTo("/review");
        assertThat(links.previous()).isNull();
        assertThat(links.next()).isNull();
    }

    @Test
    void countsAreCappedForDisplay() {
        KeysetPage<Long> many = KeysetPage.of(List.of(1L), Keyset.first(3), id -> id, KeysetPage.COUNT_CAP + 1);
        assertThat(many.countCapped()).isTrue();
        assertThat(many.shownCount()).isEqualTo(KeysetPage.COUNT_CAP);
        KeysetPage<Long> few = KeysetPage.of(List.of(1L), Keyset.first(3), id -> id, 1);
        assertThat(few.countCapped()).isFalse();
        assertThat(few.shownCount()).isEqualTo(1);
    }

    private static MockHttpServletRequest request(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/review");
        request.addParameter(name, value);
        return request;
    }
}
