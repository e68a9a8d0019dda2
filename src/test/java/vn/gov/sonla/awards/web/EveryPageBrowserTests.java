package vn.gov.sonla.awards.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.audit.AuditCheckpoints;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page that each role can reach by following links from its home page (and, signed out, from the public
 * pages), shown on a phone 360 CSS pixels wide: no page scrolls sideways, the page header stays within 120 pixels,
 * and axe-core finds nothing against WCAG 2.1 A and AA. Pages of one shape (the same address but for the ids) are
 * checked once; downloads (PDF, XLSX, attachments) are not pages and are left out.
 */
@ServerTest
class EveryPageBrowserTests {

    static final String PASSWORD = "sonla2021";
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;
    static final int HEADER_MAX = 120;
    /** Enough for every page shape a role has today, and a bound for the test's time. */
    static final int MAX_PAGES = 75;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MessageSource messages;
    @Autowired AuditCheckpoints checkpoints;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @AfterEach
    void backToDesktop() {
        browser.asDesktop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"signed-out", "vanthu.maison", "ct.maison", "syt", "gd.syt", "snv", "gd.snv", "vpubnd", "ct.ubnd",
            "pct.ubnd", "stttt", "admin"})
    void everyPageFitsAPhoneAndPassesAxe(String account) {
        List<String> start = new ArrayList<>(List.of("/"));
        if (account.equals("signed-out")) {
            start.addAll(List.of("/login", "/public/honour-roll", "/verify", "/public/song"));
        } else {
            browser.signIn(account, PASSWORD);
        }
        if (account.equals("admin")) {
            // the audit page with a checkpoint shows the long verification command; whether the daily job has run
            // before this test must not decide what is checked
            checkpoints.record(java.time.Instant.now());
        }
        browser.asPhone(PHONE_WIDTH, PHONE_HEIGHT);

        List<String> problems = new ArrayList<>();
        Set<String> visited = crawl(start, path -> problems.addAll(check(path)));

        assertThat(visited).as("pages reached by " + account).hasSizeGreaterThan(account.equals("signed-out") ? 2 : 4);
        assertThat(problems).as("problems on the pages of " + account + " (" + visited.size() + " pages: " + visited + ")")
                .isEmpty();
    }

    /**
     * The checks find what they look for: a page given an image without a text, a nameless field, a wide box and a
     * tall header.
     */
    @Test
    void theChecksFindPlantedProblems() {
        browser.asPhone(PHONE_WIDTH, PHONE_HEIGHT);
        browser.open("/login");
        assertThat(check("/login")).as("the sign-in page as it is").isEmpty();

        browser.script("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<img src="/images/none.png"><input type="text" name="planted">');
                const wide = document.createElement('div');
                wide.textContent = 'wide';
                wide.style.width = '600px';
                main.append(wide);
                const tall = document.createElement('div');
                tall.textContent = 'tall';
                tall.style.height = '200px';
                document.querySelector('body > header').append(tall);
                """);

        List<String> problems = check("/login");
        assertThat(problems).anyMatch(p -> p.contains(" px wide on a " + PHONE_WIDTH + " px screen; too wide: [div "))
                .anyMatch(p -> p.contains("image-alt")).anyMatch(p -> p.contains("label"))
                .anyMatch(p -> p.contains("the header is ") && p.endsWith(" px high"));
    }

    /**
     * Visits pages breadth first from the start, one of each shape, following links and the results of search forms,
     * and gives the paths visited.
     */
    private Set<String> crawl(List<String> start, java.util.function.Consumer<String> onPage) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> shapes = new LinkedHashSet<>();
        Set<String> visited = new LinkedHashSet<>();
        Set<String> forms = new java.util.HashSet<>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!isPage(path) || !shapes.add(shape(path))) {
                continue;
            }
            browser.open(path);
            visited.add(path);
            onPage.accept(path);
            browser.links().stream().filter(this::isPage).filter(p -> !shapes.contains(shape(p))).forEach(queue::add);
            // what its search forms show when sent as they stand: once per form (its address and field names), the
            // same filter on each list of stages being one page
            browser.searchResults().stream().filter(this::isPage).filter(p -> forms.add(p.replaceAll("=[^&]*", "=")))
                    .filter(p -> !shapes.contains(shape(p))).forEach(queue::add);
        }
        // the bound must not hide a page: every shape left in the queue must have been seen
        assertThat(queue.stream().filter(this::isPage).map(EveryPageBrowserTests::shape).filter(s -> !shapes.contains(s)).distinct().toList())
                .as("page shapes left unvisited at the bound of " + MAX_PAGES + " pages").isEmpty();
        return visited;
    }

    /** What the page shows wrong on the phone: sideways scrolling, a tall header, accessibility violations. */
    private List<String> check(String path) {
        List<String> problems = new ArrayList<>();
        browser.tooWide().forEach(wide -> problems.add(path + ": " + wide));
        Number header = (Number) browser.script(
                "const h = document.querySelector('body > header'); return h ? h.getBoundingClientRect().height : 0");
        if (header.doubleValue() > HEADER_MAX) {
            problems.add(path + ": the header is " + Math.round(header.doubleValue()) + " px high");
        }
        browser.accessibilityViolations().forEach(v -> problems.add(path + ": " + v));
        return problems;
    }

    /** A page of the application, not a download, a static file or a way out. */
    private boolean isPage(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return !bare.startsWith("/documents/") && !bare.contains("/attachments/") && !bare.startsWith("/css/")
                && !bare.startsWith("/js/") && !bare.startsWith("/images/") && !bare.endsWith(".pdf")
                && !bare.endsWith(".xlsx") && !bare.endsWith(".png") && !bare.equals("/logout")
                && !path.contains("lang=");
    }

    /** The page's address with its ids and codes taken out: "/dossiers/12/check" and "/dossiers/7/check" are one shape. */
    private static String shape(String path) {
        return path.replaceAll("\\d+", "N").replaceAll("/verify/[A-Za-z0-9_-]{10,}", "/verify/CODE")
                .replaceAll("(after|before|page|size|q)=[^&]*", "$1=X");
    }
}
