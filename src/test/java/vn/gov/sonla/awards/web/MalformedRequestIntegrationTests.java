package vn.gov.sonla.awards.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server receives: bytes that are not UTF-8, multipart bodies that do not parse, a NUL in a search.
 * Each is answered with the application's own page (400 for what cannot be read) and leaves at most one WARN line in
 * the log, never an ERROR with a stack trace: anyone could otherwise fill the log.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void aQueryThatIsNotUtf8IsABadRequestWithOneWarning(CapturedOutput output) throws IOException {
        int mark = output.getAll().length();
        String response = send("GET /public/honour-roll?q=%C3%28 HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
        assertThat(status(response)).isEqualTo(400);
        assertThat(response).contains("Yêu cầu không hợp lệ").doesNotContain("Exception");
        assertQuiet(output, mark);
    }

    @Test
    void aMultipartBodyThatDoesNotParseIsABadRequestWithOneWarning(CapturedOutput output) throws IOException {
        long draft = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Tệp Hỏng").getId();
        String[] session = signIn("vanthu.maison");
        for (String disposition : List.of("form-data; name=\"file\"; filename=\"a\"b;c.pdf\"",
                "form-data; name=\"file\"; filename=\"a\\\"b;c.pdf\"; filename*=UTF-8''%ZZ")) {
            String multipart = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session[1]
                    + "\r\n--XX\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPROPOSAL"
                    + "\r\n--XX\r\nContent-Disposition: " + disposition + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--XX--\r\n";
            int mark = output.getAll().length();
            String response = send("POST /dossiers/" + draft + "/attachments HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\nCookie: JSESSIONID="
                    + session[0] + "\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: "
                    + multipart.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + multipart);
            assertThat(status(response)).as(disposition).isEqualTo(400);
            assertThat(response).contains("Yêu cầu không hợp lệ");
            assertQuiet(output, mark);
        }
        String truncated = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session[1]
                + "\r\n--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n";
        int mark = output.getAll().length();
        String response = send("POST /dossiers/" + draft + "/attachments HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\nCookie: JSESSIONID="
                + session[0] + "\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: "
                + truncated.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + truncated);
        assertThat(status(response)).isEqualTo(400);
        assertQuiet(output, mark);
    }

    @Test
    void aNulInTheHonourRollSearchIsNoErrorAtAll(CapturedOutput output) throws IOException {
        int mark = output.getAll().length();
        String response = send("GET /public/honour-roll?q=%00 HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
        assertThat(status(response)).isEqualTo(200);
        assertThat(output.getAll().substring(mark)).doesNotContain(" WARN ", " ERROR ");
    }

    @Test
    void aBulkStepOverTwoThousandRowsIsReadWhole() throws IOException {
        // a page of 2,100 rows posts each row's id and the version it showed: 4,200 parameters, beyond Tomcat's 1,000
        String[] session = signIn("syt");
        StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(session[1], StandardCharsets.UTF_8));
        for (long id = 900_000_001L; id <= 900_002_100L; id++) {
            body.append("&dossierIds=").append(id).append("&shown=").append(id).append("%3A0");
        }
        String response = send("POST /review/accept-selected HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\nCookie: JSESSIONID="
                + session[0] + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);
        assertThat(status(response)).as("read and answered by the application, not refused by the server").isEqualTo(302);
        assertThat(response).containsPattern("Location: \\S*/review\\r");
    }

    /** At most one WARN line, no ERROR, no stack trace. */
    private static void assertQuiet(CapturedOutput output, int mark) {
        List<String> lines = output.getAll().substring(mark).lines().toList();
        assertThat(lines).filteredOn(l -> l.contains(" ERROR ") || l.startsWith("\tat ") || l.startsWith("Caused by")).isEmpty();
        assertThat(lines).filteredOn(l -> l.contains(" WARN ")).hasSizeLessThanOrEqualTo(1);
    }

    /** The session cookie and a CSRF token of a signed-in person. */
    private String[] signIn(String username) throws IOException {
        String login = send("GET /login HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
        String session = find(SESSION, login);
        String body = "username=" + username + "&password=sonla2021&_csrf="
                + URLEncoder.encode(find(CSRF, login), StandardCharsets.UTF_8);
        String signedIn = send("POST /login HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\nCookie: JSESSIONID=" + session
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        Matcher renewed = SESSION.matcher(signedIn);
        if (renewed.find()) {
            session = renewed.group(1);
        }
        String page = send("GET /dossiers/new HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\nCookie: JSESSIONID=" + session + "\r\n\r\n");
        return new String[] {session, find(CSRF, page)};
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    /** The request exactly as written (bytes a browser would not send), and the whole answer. */
    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
