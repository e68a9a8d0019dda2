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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and the Prometheus metrics answer on the management port, without sign-in, with the product's own figures
 * (the dossiers' path, the mail outbox, sign-in failures and locks); the public port serves neither.
 */
@ServerTest
class ManagementPortIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theManagementPortServesHealthAndTheProductsMetricsWithoutSignIn() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        // a dossier submitted, then accepted: two steps, one of them leaving a timed stage
        fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Số đo " + System.nanoTime());
        failedSignIn("syt");

        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("awards_dossiers_waiting{party=\"COMPILING_DEPARTMENT\",stage=\"SUBMITTED\"}")
                .contains("awards_dossiers_waiting{party=\"HOME_AFFAIRS\",stage=\"AT_HOME_AFFAIRS\"}")
                .contains("awards_dossier_steps_total{action=\"SUBMIT\",hand_over=\"true\"}")
                .contains("awards_dossier_steps_total{action=\"ACCEPT\",hand_over=\"false\"}")
                .contains("awards_dossier_stage_duration_seconds_bucket{stage=\"SUBMITTED\",le=\"3600.0\"}")
                .contains("awards_mail_outbox_depth")
                .contains("awards_mail_outbox_oldest_age_seconds")
                .contains("awards_signin_locked{kind=\"username\"}")
                .contains("awards_signin_locked{kind=\"address\"}")
                // the JVM's and the server's own metrics come along
                .contains("http_server_requests_seconds_count")
                .contains("jvm_memory_used_bytes");
        assertThat(value(scrape.body(), "awards_dossier_stage_duration_seconds_count{stage=\"SUBMITTED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape.body(), "awards_signin_failures_total{reason=\"credentials\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape.body(), "awards_dossiers_waiting{party=\"COMPILING_DEPARTMENT\",stage=\"ACCEPTED\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void thePublicPortServesNeitherMetricsNorHealth() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator"}) {
            HttpResponse<String> anonymous = get(port, path);
            assertThat(anonymous.statusCode()).as(path).isIn(403, 404, 302);
            assertThat(anonymous.body()).as(path).doesNotContain("awards_").doesNotContain("\"UP\"");
        }
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);

        signIn("syt");
        HttpResponse<String> signedIn = get(port, "/actuator/prometheus");
        assertThat(signedIn.statusCode()).isIn(403, 404);
        assertThat(signedIn.body()).doesNotContain("awards_");
    }

    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(series).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private void failedSignIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = postLogin(username, "not-the-password");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
    }

    private void signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = postLogin(username, "sonla2021");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(port, "/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int toPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
