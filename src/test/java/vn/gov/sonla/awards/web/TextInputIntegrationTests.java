package vn.gov.sonla.awards.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text that is not text: a form refuses NUL and other control characters on the field, with its message and what
 * was typed; multi-line fields keep their line breaks; searches drop such characters; a typed field that cannot be
 * read does not hide the other fields' refusals.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TextInputIntegrationTests {

    static final String REFUSED = "Có ký tự điều khiển hoặc ký tự ẩn";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor clerk() {
        return user(fixtures.user("vanthu.maison"));
    }

    @Test
    void aNulInANameIsRefusedOnTheFieldAndWhatWasTypedComesBack() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Trước");
        String page = mvc.perform(post("/dossiers/{id}/nominee", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("nomineeName", "Lò\u0000Văn Sau").param("position", "Bác sĩ\u202E").with(clerk()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(REFUSED).contains("href=\"#nomineeName\"").contains("href=\"#position\"");
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Lò\u0000Văn Sau", "Bác sĩ\u202E");
        assertThat(nomineeName(d)).isEqualTo("Lò Văn Trước");
    }

    @Test
    void lineBreaksAreKeptInMultiLineFieldsAndRefusedInOneLineFields() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Dòng");
        mvc.perform(post("/dossiers/{id}/achievements", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("achievementSummary", "Năm 2021:\r\n\t- trực chốt 90 ngày").with(clerk()).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + d.getId()));
        assertThat(jdbc.sql("select achievement_summary from dossier where id = ?").param(d.getId()).query(String.class)
                .single()).isEqualTo("Năm 2021:\r\n\t- trực chốt 90 ngày");

        mvc.perform(post("/dossiers/{id}/nominee", d.getId()).param("version", String.valueOf(d.getVersion() + 1))
                        .param("nomineeName", "Lò Thị\nDòng").with(clerk()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(nomineeName(d)).isEqualTo("Lò Thị Dòng");
    }

    @Test
    void searchesDropControlCharactersInsteadOfFailing() throws Exception {
        fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Tòng Văn Tìm");
        String page = mvc.perform(get("/dossiers").param("q", "Tòng\u0000 Văn\u202E Tìm").with(clerk()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tòng Văn Tìm");
        mvc.perform(get("/public/honour-roll").param("q", "\u0000")).andExpect(status().isOk());
        mvc.perform(get("/review").param("q", "a\u0000").with(user(fixtures.user("syt")))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").param("q", "\u0000").with(user(fixtures.user("admin")))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("user", "\u0000").param("unit", "\u0000")
                .with(user(fixtures.user("admin")))).andExpect(status().isOk());
    }

    @Test
    void aTypedFieldThatCannotBeReadKeepsTheFormWholeAndTheOtherFieldsChecked() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Năm");
        String page = mvc.perform(post("/dossiers/{id}/nominee", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("birthYear", "một chín tám mươi").param("nomineeName", "Lò\u0000Văn Năm")
                        .param("workplace", "Trạm Y tế").with(clerk()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Nhập một số.").contains(REFUSED);
        // a number field shows the number it holds (none); the text fields show what was typed
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Lò\u0000Văn Năm", "Trạm Y tế");
        assertThat(nomineeName(d)).isEqualTo("Lò Văn Năm");
    }

    private String nomineeName(Dossier d) {
        return jdbc.sql("select nominee_name from dossier where id = ?").param(d.getId()).query(String.class).single();
    }
}
