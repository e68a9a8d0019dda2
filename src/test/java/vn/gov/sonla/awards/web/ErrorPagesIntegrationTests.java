package vn.gov.sonla.awards.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that reach the servlet container's error page (a role refused by Spring Security, an unknown
 * page, a wrong method) come back as the application's own page, in Vietnamese, without technical text.
 */
@ServerTest
class ErrorPagesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aClerkOnTheDepartmentsQueueGetsAFriendly403() throws Exception {
        signIn("vanthu.maison");
        HttpResponse<String> page = get("/review");
        assertThat(page.statusCode()).isEqualTo(403);
        assertFriendly(page, "Bạn không có quyền thực hiện việc này");
    }

    @Test
    void anUnknownPageGetsAFriendly404() throws Exception {
        signIn("vanthu.maison");
        HttpResponse<String> page = get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertFriendly(page, "Không tìm thấy trang hoặc hồ sơ");
    }

    @Test
    void aWrongMethodGetsAFriendly405() throws Exception {
        signIn("vanthu.maison");
        HttpResponse<String> page = get("/dossiers/1/submit");
        assertThat(page.statusCode()).isEqualTo(405);
        assertFriendly(page, "Thao tác không được hỗ trợ");
    }

    private static void assertFriendly(HttpResponse<String> page, String heading) {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains(heading).doesNotContain("??").doesNotContain("Exception")
                .doesNotContain("timestamp");
    }

    private void signIn(String username) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=sonla2021&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
