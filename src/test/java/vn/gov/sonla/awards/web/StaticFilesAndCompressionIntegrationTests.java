package vn.gov.sonla.awards.web;

import java.io.ByteArrayInputStream;
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
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser gets over the wire: the stylesheet under a URL that carries a hash of its content, kept for a year,
 * so that a page load sends it once and afterwards at most a 304; pages, stylesheets and spreadsheets compressed
 * when the browser accepts gzip.
 */
@ServerTest
class StaticFilesAndCompressionIntegrationTests {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final long ONE_YEAR = 365L * 24 * 60 * 60;

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theStylesheetHasAContentHashedUrlCachedForAYearAndIsNotSentAgain() throws Exception {
        String href = stylesheetOf(get("/login").body());
        assertThat(href).matches("/css/app-[0-9a-f]{32}\\.css");
        // every page names the same URL, so the browser reuses what it has
        signIn("vanthu.maison");
        assertThat(stylesheetOf(get("/dossiers").body())).isEqualTo(href);

        HttpResponse<byte[]> css = http.send(request(href).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        String cacheControl = css.headers().firstValue("Cache-Control").orElse("");
        assertThat(cacheControl).contains("max-age=" + ONE_YEAR).contains("public").doesNotContain("no-store")
                .doesNotContain("no-cache");
        assertThat(css.headers().firstValue("Pragma")).isEmpty();
        assertThat(css.headers().firstValue("Expires")).isEmpty();
        assertThat(css.body().length).isGreaterThan(1000);

        String etag = css.headers().firstValue("ETag").orElseThrow();
        String lastModified = css.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> byEtag = http.send(request(href).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(byEtag.statusCode()).as(etag + " " + css.headers().map() + " -> " + byEtag.headers().map()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        HttpResponse<byte[]> byDate = http.send(request(href).header("If-Modified-Since", lastModified).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(byDate.body()).isEmpty();
    }

    @Test
    void aLargePageTheStylesheetAndASpreadsheetAreGzippedForBrowsersThatAcceptIt() throws Exception {
        signIn("vanthu.maison");
        HttpResponse<byte[]> page = http.send(request("/dossiers").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(page.body())).contains("</html>");

        HttpResponse<byte[]> plain = http.send(request("/dossiers").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(page.body().length).isLessThan(plain.body().length / 2);

        String href = stylesheetOf(new String(plain.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> css = http.send(request(href).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");

        HttpResponse<byte[]> xlsx = http.send(request("/dossiers/import/template.xlsx").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(xlsx.body())).startsWith("PK");
    }

    private static String stylesheetOf(String html) {
        Matcher link = STYLESHEET.matcher(html);
        assertThat(link.find()).as("a stylesheet link").isTrue();
        return link.group(1);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private void signIn(String username) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=sonla2021&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
