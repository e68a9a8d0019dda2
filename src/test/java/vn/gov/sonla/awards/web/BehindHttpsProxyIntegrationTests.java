package vn.gov.sonla.awards.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application behind an HTTPS reverse proxy on the same machine, with forwarded headers trusted as the README
 * says ({@code server.forward-headers-strategy=native}, as in {@link ServerTest}): what the proxy forwards as
 * {@code X-Forwarded-Proto: https} gets Secure cookies and Strict-Transport-Security; plain HTTP gets neither; and
 * no redirect takes its host from the request's {@code Host} header. Requests are written by hand so that the
 * headers are exactly those of the test.
 */
@ServerTest
class BehindHttpsProxyIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> HTTPS = Map.of("X-Forwarded-Proto", "https");

    @LocalServerPort int port;

    @Test
    void overHttpsEveryCookieIsSecureAndTheBrowserIsToldToStayOnHttps() throws IOException {
        Response login = send("GET", "/login?lang=en", HTTPS, null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(login.cookies()).extracting(c -> c.substring(0, c.indexOf('=')))
                .contains("JSESSIONID", "awards-lang");
        assertThat(login.cookies()).allSatisfy(c -> assertThat(c.toLowerCase(Locale.ROOT)).contains("; secure"));

        // signing in: the new session's cookie is Secure too, and the way home is not an http:// address
        String session = login.cookie("JSESSIONID");
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();
        Response signedIn = send("POST", "/login", Map.of("X-Forwarded-Proto", "https", "Cookie", session,
                        "Content-Type", "application/x-www-form-urlencoded"),
                "username=vanthu.maison&password=sonla2021&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotStartWith("http:").doesNotContain("error");
        assertThat(signedIn.cookies()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.toLowerCase(Locale.ROOT)).contains("; secure"));
    }

    @Test
    void overPlainHttpThereIsNoStrictTransportSecurity() throws IOException {
        Response login = send("GET", "/login?lang=en", Map.of(), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNull();
        assertThat(login.cookies()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.toLowerCase(Locale.ROOT)).doesNotContain("; secure"));
    }

    @Test
    void aRedirectNeverGoesToTheHostARequestClaims() throws IOException {
        for (Map<String, String> headers : List.of(Map.of("Host", "evil.example"),
                Map.of("Host", "evil.example", "X-Forwarded-Proto", "https"))) {
            Response refused = send("GET", "/dossiers", headers, null);
            assertThat(refused.status()).isEqualTo(302);
            assertThat(refused.header("Location")).doesNotContain("evil.example");
            Response logout = send("GET", "/", headers, null);
            assertThat(logout.header("Location")).doesNotContain("evil.example");
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** A status, the headers (names in lower case, Set-Cookie apart) and the body. */
    record Response(int status, Map<String, String> headers, List<String> cookies, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** "NAME=value" of a cookie set by the response. */
        String cookie(String name) {
            return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        }
    }

    private Response send(String method, String path, Map<String, String> headers, String form) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            if (!headers.containsKey("Host")) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("Accept: text/html\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new java.util.HashMap<>();
        List<String> cookies = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].substring(0, lines[i].indexOf(':')).toLowerCase(Locale.ROOT);
            String value = lines[i].substring(lines[i].indexOf(':') + 1).strip();
            if (name.equals("set-cookie")) {
                cookies.add(value);
            } else {
                headers.put(name, value);
            }
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, cookies, text.substring(end + 4));
    }
}
