package vn.gov.sonla.awards;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.LoginThrottle;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.numbering.DocumentNumbers;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.AtOnce;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application, each a whole application with its own web server on its own port, on one
 * database, as behind a load balancer: a session made on one is served by the other and survives a restart, signing
 * out everywhere on one ends the session on the other, a job due on both runs once, and documents issued on both at
 * the same moment keep their series gap-free. Only real HTTP between the test and the instances.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

    private static final String PASSWORD = "ruộng bậc thang Mù Cang";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]*)");

    @Autowired DataSource dataSource;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Logger throttleLog = (Logger) LoggerFactory.getLogger(LoginThrottle.class);
    private final ListAppender<ILoggingEvent> throttleRuns = new ListAppender<>();
    private ConfigurableApplicationContext one;
    private ConfigurableApplicationContext two;

    @BeforeAll
    void startTwoInstances() throws Exception {
        one = start();
        two = start();
        // the runs of the throttle's purge from now on (starting an application may reset the logging): both
        // instances are due every two seconds here (awards.login.purge-cron below)
        throttleRuns.start();
        throttleLog.addAppender(throttleRuns);
    }

    @AfterAll
    void stopThem() {
        throttleLog.detachAppender(throttleRuns);
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {one, two}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    @Order(1)
    void aJobDueOnBothInstancesRunsOnce() {
        // the first run may have come before the log was watched; its lock says when it was taken
        Awaitility.await("the job's first run").atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> lockTaken().isPresent());
        java.sql.Timestamp first = lockTaken().orElseThrow();
        Awaitility.await("no second run while both stay due").during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(12))
                .until(() -> runs(throttleRuns) <= 1 && lockTaken().orElseThrow().equals(first));
    }

    @Test
    @Order(2)
    void aSessionMadeOnOneInstanceIsServedByTheOther() throws Exception {
        String name = aClerk();
        String session = signIn(one, name);

        assertThat(get(two, "/", session).statusCode()).as("signed in on the other instance").isEqualTo(200);
        assertThat(get(two, "/account", session).body()).contains("Cán bộ Hai Máy");
    }

    @Test
    @Order(3)
    void signingOutEverywhereOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        String name = aClerk();
        String here = signIn(one, name);
        String there = signIn(one, name); // the same person on a second computer, whose requests reach the other instance
        assertThat(get(two, "/", there).statusCode()).isEqualTo(200);

        HttpResponse<String> end = post(one, "/account/sessions/end", here, Map.of("_csrf", csrf(get(one, "/account", here))));
        assertThat(end.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

        HttpResponse<String> after = get(two, "/", there);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(get(one, "/", there).statusCode()).as("on the instance that ended it too").isEqualTo(302);
    }

    @Test
    @Order(4)
    void documentsIssuedOnBothInstancesAtOnceKeepTheSeriesGapFree() throws Exception {
        String series = "TTr-HAI" + System.nanoTime();
        int year = Year.now().getValue();
        AtomicInteger next = new AtomicInteger();
        List<List<Integer>> issued = AtOnce.run(4, () -> {
            ConfigurableApplicationContext instance = next.getAndIncrement() % 2 == 0 ? one : two;
            DocumentNumbers numbers = instance.getBean(DocumentNumbers.class);
            TransactionTemplate tx = new TransactionTemplate(instance.getBean(PlatformTransactionManager.class));
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                boolean rolledBack = i % 5 == 4; // a document that fails after taking its number gives it back
                Integer n = tx.execute(status -> {
                    int number = numbers.next(series, year);
                    if (rolledBack) {
                        status.setRollbackOnly();
                    }
                    return number;
                });
                if (!rolledBack) {
                    kept.add(n);
                }
            }
            return kept;
        });

        List<Integer> numbers = issued.stream().flatMap(List::stream).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 4 * 12).boxed().toList());
    }

    @Test
    @Order(5)
    void aSignedInPersonStaysSignedInAcrossARestart() throws Exception {
        String name = aClerk();
        String session = signIn(one, name);
        assertThat(get(one, "/", session).statusCode()).isEqualTo(200);

        one.close();
        one = start();

        assertThat(get(one, "/", session).statusCode()).as("still signed in after the restart").isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------

    private ConfigurableApplicationContext start() throws Exception {
        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        return new SpringApplicationBuilder(AwardsApplication.class).run(
                "--server.port=0",
                "--management.server.port=-1", // two instances on one machine: no actuator port to share
                "--spring.datasource.url=" + db.getJdbcUrl(),
                "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--awards.database.embedded=false",
                "--awards.demo=false",
                "--awards.id-keys=development",
                "--awards.login.purge-cron=*/2 * * * * *");
    }

    private String aClerk() {
        String name = "haimay." + System.nanoTime();
        accounts.create(name, PASSWORD, "Cán bộ Hai Máy", Role.CLERK, units.findByCode("MAISON").orElseThrow());
        return name;
    }

    /** Signs in through the sign-in page of the instance; answers the session cookie's value. */
    private String signIn(ConfigurableApplicationContext instance, String username) throws Exception {
        HttpResponse<String> page = get(instance, "/login", null);
        String anonymous = session(page).orElseThrow();
        HttpResponse<String> signedIn = post(instance, "/login", anonymous,
                Map.of("username", username, "password", PASSWORD, "_csrf", csrf(page)));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).isEqualTo("/"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
        return session(signedIn).orElse(anonymous);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session,
                                      Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(instance, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on %s", page.uri()).isTrue();
        return m.group(1);
    }

    private static java.util.Optional<String> session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).filter(v -> !v.isEmpty()).reduce((first, last) -> last);
    }

    /** When an instance last took the purge's lock. */
    private java.util.Optional<java.sql.Timestamp> lockTaken() {
        return jdbc.sql("select locked_at from shedlock where name = 'login-throttle-purge'")
                .query(java.sql.Timestamp.class).optional();
    }

    private static long runs(ListAppender<ILoggingEvent> appender) {
        List<ILoggingEvent> events;
        synchronized (appender) { // appenders append under their own lock
            events = new ArrayList<>(appender.list);
        }
        return events.stream()
                .filter(e -> e.getFormattedMessage().startsWith("Sign-in throttle:")).count();
    }
}
