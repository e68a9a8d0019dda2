package vn.gov.sonla.awards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * Long queues are read page by page by keyset ({@code after} / {@code before} an id, never an offset): newest
 * first, every dossier exactly once going forward, the same page again going back, the filters kept on every link;
 * and the unit filter lists only the units of the chosen district (a country has thousands of units).
 */
@IntegrationTest
@AutoConfigureMockMvc
class QueuePagingIntegrationTests {

    private static final Pattern PICKED = Pattern.compile("id=\"pick-(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void theReviewQueueGoesFromTheNewestToTheOldestAndBackWithItsFilter() throws Exception {
        String marker = "Keyset" + letters(8);
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            filed.add(fixtures.aSubmittedDossier("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE",
                    "Lò Văn " + marker + " " + i).getId());
        }
        List<Long> newestFirst = new ArrayList<>(filed);
        java.util.Collections.reverse(newestFirst);

        String first = page("stttt", "/review?q=" + marker);
        assertThat(picked(first)).isEqualTo(newestFirst.subList(0, 20));
        assertThat(first).doesNotContain("rel=\"prev\"")
                .doesNotContain("Tìm thấy"); // a search by name is not counted: its matches can be half the country
        // the same dossiers without a search are counted, exactly up to 1,000
        long waiting = jdbc.sql("""
                select count(*) from dossier d join campaign c on c.id = d.campaign_id
                  join unit u on u.id = c.compiling_unit_id where u.code = 'STTTT' and d.status = 'SUBMITTED'""")
                .query(Long.class).single();
        assertThat(page("stttt", "/review")).contains(waiting > 1000 ? "Hơn 1.000 hồ sơ" : "Tìm thấy " + waiting + " hồ sơ");

        String next = link(first, "next");
        assertThat(next).contains("q=" + marker).contains("after=" + newestFirst.get(19));
        String second = page("stttt", next);
        assertThat(picked(second)).isEqualTo(newestFirst.subList(20, 25));
        assertThat(second).doesNotContain("rel=\"next\"");

        String back = page("stttt", link(second, "prev"));
        assertThat(picked(back)).isEqualTo(newestFirst.subList(0, 20));
        assertThat(back).doesNotContain("rel=\"prev\"");
    }

    @Test
    void theUnitFilterListsTheUnitsOfTheChosenDistrict() throws Exception {
        String all = page("syt", "/review");
        assertThat(all).doesNotContain("id=\"f-unit\"").contains("Chọn huyện, thành phố");

        long maiSon = jdbc.sql("select id from unit where code = 'MAISON'").query(Long.class).single();
        String district = unitOptions(page("syt", "/review?districtId=" + maiSon));
        assertThat(district).contains(">UBND huyện Mai Sơn<").doesNotContain(">Bệnh viện Đa khoa tỉnh Sơn La<");

        String provincial = unitOptions(page("syt", "/review?districtId=0"));
        assertThat(provincial).contains(">Bệnh viện Đa khoa tỉnh Sơn La<").doesNotContain(">UBND huyện Mai Sơn<");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.user(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String unitOptions(String html) {
        int start = html.indexOf("<select id=\"f-unit\"");
        assertThat(start).as("the unit filter").isPositive();
        return html.substring(start, html.indexOf("</select>", start));
    }

    private static List<Long> picked(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = PICKED.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private static String link(String html, String rel) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(html);
        assertThat(m.find()).as("a link rel=" + rel).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private static String letters(int n) {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
