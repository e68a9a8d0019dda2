import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmarks of the writes and of a large submission (see docs/benchmarks.md), run on demand against an
 * application filled by the generator, never in CI. Started with the JDK alone, as a single source file:
 *
 * <pre>
 * java docs/bench/Load.java writes http://localhost:8093 30s 32 32
 * java docs/bench/Load.java volume http://localhost:8093
 * </pre>
 *
 * <b>writes</b>: CLERKS sessions of the generator's clerk each file whole dossiers one after the other, as a clerk does
 * in the browser: create the draft, open and save the nominee, achievements and criteria sections, upload the two
 * required files, open the check page and send. At the same time DEPARTMENT sessions of the Department of Health each
 * walk their own part of the queue: open a submitted dossier and accept it. Every request goes to the server with its
 * session, CSRF token and the version the form showed; redirects are not followed. After WARMUP (not measured), each
 * kind of request is timed for DURATION and printed as count, per second, p50, p95, p99 and errors (any answer other
 * than the redirect the browser gets on success). With THINK set (say 1s) each person pauses before each request as
 * a person reading and typing does, 0.5 to 1.5 times that; without it the requests follow each other at once and the
 * run measures how many the server can take.
 *
 * <b>volume</b>: one submission of the accepted dossiers of DEPARTMENT (its director "gd." + DEPARTMENT signs) matching
 * a filter (FILTER, by default the provincial units' individuals proposed for the chairman's Bằng khen, not frontline:
 * about 2,300 of the Department of Health's on the 1M data) through the whole chain, one person at a time, each step timed: add all to a new draft, present, the director signs
 * (sent), the submission's PDF and XLSX; Home Affairs endorses all at once, presents its report, its director signs
 * (forwarded); the chairman's office approves all Home Affairs endorsed at once, presents the decision, the chairman signs
 * (issued); the decision with its appendix as PDF, and all certificates in one PDF.
 */
public class Load {

    static final String PASSWORD = System.getenv().getOrDefault("PASSWORD", "sonla2021");
    static final String CLERK = System.getenv().getOrDefault("CLERK", "vanthu.gen");
    static final String DEPARTMENT = System.getenv().getOrDefault("DEPARTMENT", "syt");
    static final long CAMPAIGN = Long.parseLong(System.getenv().getOrDefault("CAMPAIGN", "1"));
    static final long AWARD_FORM = Long.parseLong(System.getenv().getOrDefault("AWARD_FORM", "5"));
    static final int UPLOAD_BYTES = Integer.parseInt(System.getenv().getOrDefault("UPLOAD_BYTES", "204800"));
    /** A person's pause before each request (reading, typing), 0.5 to 1.5 times this; 0 for none (a stress test). */
    static final long THINK_MS = seconds(System.getenv().getOrDefault("THINK", "0s")).toMillis();

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern MET = Pattern.compile("name=\"met\" value=\"(\\d+)\"");
    static final Pattern DOSSIER_LINK = Pattern.compile("href=\"/dossiers/(\\d+)\"");

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    static final AtomicInteger ERRORS_SHOWN = new AtomicInteger();
    static volatile boolean measuring;
    static volatile boolean stopping;
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 1 ? args[1] : "http://localhost:8080";
        switch (args.length > 0 ? args[0] : "") {
            case "writes" -> writes(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "volume" -> volume();
            default -> System.err.println("usage: java docs/bench/Load.java writes|volume BASE-URL [DURATION CLERKS DEPARTMENT]");
        }
    }

    static void writes(String[] args) throws Exception {
        Duration duration = seconds(args.length > 1 ? args[1] : "30s");
        int clerks = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int department = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        Duration warmup = seconds(System.getenv().getOrDefault("WARMUP", "30s"));

        List<Session> clerkSessions = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            clerkSessions.add(Session.signIn(CLERK));
        }
        List<Session> departmentSessions = new ArrayList<>();
        for (int i = 0; i < department; i++) {
            departmentSessions.add(Session.signIn(DEPARTMENT));
        }
        // each department session walks its own stretch of the queue, from the newest dossier down
        long newest = departmentSessions.isEmpty() ? 0 : idsOn(departmentSessions.get(0).get("/review")).get(0);

        List<Thread> threads = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(clerks + department);
        for (int i = 0; i < clerks; i++) {
            Session s = clerkSessions.get(i);
            int n = i;
            threads.add(new Thread(() -> { started.countDown(); fileDossiers(s, n); }, "clerk-" + i));
        }
        for (int i = 0; i < department; i++) {
            Session s = departmentSessions.get(i);
            long from = newest + 1 - (newest / Math.max(department, 1)) * i;
            threads.add(new Thread(() -> { started.countDown(); acceptDossiers(s, from); }, "department-" + i));
        }
        threads.forEach(Thread::start);
        started.await();
        Thread.sleep(warmup.toMillis());
        measuring = true;
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        measuring = false;
        double seconds = (System.nanoTime() - start) / 1e9;
        stopping = true;
        for (Thread t : threads) {
            t.join(30_000);
        }

        System.out.printf("# %s, %d clerks filing and %d department sessions accepting at once, %s measured after %s, "
                + "pause before each request %s%n", base, clerks, department, args.length > 1 ? args[1] : "30s",
                System.getenv().getOrDefault("WARMUP", "30s"), THINK_MS == 0 ? "none" : "0.5-1.5 x " + THINK_MS + " ms");
        System.out.println("# request                          count    per s   p50 ms   p95 ms   p99 ms   errors");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(TIMES).entrySet()) {
            List<Long> times = new ArrayList<>(e.getValue());
            Collections.sort(times);
            System.out.printf("%-32s %7d %8.1f %8.1f %8.1f %8.1f %8d%n", e.getKey(), times.size(), times.size() / seconds,
                    percentile(times, 50), percentile(times, 95), percentile(times, 99),
                    ERRORS.getOrDefault(e.getKey(), new AtomicInteger()).get());
        }
    }

    static final String FILTER = System.getenv().getOrDefault("FILTER",
            "districtId=0&awardFormId=5&nomineeType=INDIVIDUAL&frontline=false");
    static final String SIGNER = System.getenv().getOrDefault("SIGNER", "Hoàng Quốc Khánh");
    static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");
    static final Pattern CONFIRMED = Pattern.compile("name=\"confirmed\" value=\"(\\d+)\"");
    static final Pattern SHOWN = Pattern.compile("name=\"shown\" value=\"(\\d+):(\\d+)\"");
    static final Pattern DECISION_PDF = Pattern.compile("/documents/decisions/(\\d+)/decision\\.pdf");

    /** One large submission through the whole chain, each step timed on its own; the steps the target names summed. */
    static void volume() throws Exception {
        Session specialist = Session.signIn(DEPARTMENT);
        Session director = Session.signIn("gd." + DEPARTMENT);
        Session homeAffairs = Session.signIn("snv");
        Session homeAffairsDirector = Session.signIn("gd.snv");
        Session office = Session.signIn("vpubnd");
        Session chairman = Session.signIn("ct.ubnd");

        String page = specialist.get("/review/accepted/add-all?" + FILTER);
        String count = match(CONFIRMED, page, "no dossiers to add for " + FILTER);
        System.out.printf("# %s: a submission of %s accepted dossiers (%s), each step alone%n", base, count, FILTER);
        System.out.println("# step                                          ms");
        long sent = 0;
        Answer added = step(specialist, "department: add all " + count + " to a new draft", "/review/accepted/add-all",
                FILTER + "&confirmed=" + count);
        String submission = added.location.replaceAll(".*/review/submissions/(\\d+).*", "$1");
        sent += added.millis;
        sent += step(specialist, "department: present to the director", "/review/submissions/" + submission + "/present", "").millis;
        page(specialist, "department: open the draft's page", "/review/submissions/" + submission);
        String revision = match(REVISION, page(director, "department: the director opens it to sign", "/signing/submissions/" + submission),
                "nothing to sign");
        sent += step(director, "department: the director signs (sent)", "/signing/submissions/" + submission + "/sign",
                "revision=" + revision).millis;
        sent += download(specialist, "department: the submission as PDF", "/documents/submissions/" + submission + "/submission.pdf");
        sent += download(specialist, "department: its list as XLSX", "/documents/submissions/" + submission + "/list.xlsx");
        System.out.printf("%-44s %8d   (target 3,000)%n", "= add all, send, PDF and XLSX", sent);

        StringBuilder chosen = new StringBuilder("remark=" + URLEncoder.encode("Đủ điều kiện.", StandardCharsets.UTF_8));
        Matcher shown = SHOWN.matcher(page(homeAffairs, "Home Affairs: open the submission's page", "/appraisal/submissions/" + submission));
        int rows = 0;
        while (shown.find()) {
            chosen.append("&dossierIds=").append(shown.group(1)).append("&shown=").append(shown.group(1)).append("%3A").append(shown.group(2));
            rows++;
        }
        step(homeAffairs, "Home Affairs: endorse all " + rows + " at once", "/appraisal/submissions/" + submission + "/endorse-selected",
                chosen.toString());
        step(homeAffairs, "Home Affairs: present the report", "/appraisal/submissions/" + submission + "/present", "");
        revision = match(REVISION, homeAffairsDirector.get("/signing/reports/" + submission), "no report to sign");
        step(homeAffairsDirector, "Home Affairs: the director signs (forwarded)", "/signing/reports/" + submission + "/sign",
                "revision=" + revision);

        StringBuilder waiting = new StringBuilder("allEndorsed=true");
        shown = SHOWN.matcher(page(office, "office: open the submission's page", "/decisions/submissions/" + submission));
        int approved = 0;
        while (shown.find()) {
            waiting.append("&shown=").append(shown.group(1)).append("%3A").append(shown.group(2));
            approved++;
        }
        step(office, "office: approve all " + approved + " endorsed at once", "/decisions/submissions/" + submission + "/approve-selected",
                waiting.toString());

        String decisionPage = office.get("/decisions/submissions/" + submission);
        Matcher signer = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*" + Pattern.quote(SIGNER)).matcher(decisionPage);
        if (!signer.find()) {
            throw new IllegalStateException("no signer " + SIGNER + " to choose");
        }
        step(office, "office: present the decision", "/decisions/submissions/" + submission + "/present",
                form("issuedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "signerAccountId", signer.group(1)));
        revision = match(REVISION, chairman.get("/signing/decisions/" + submission), "no decision to sign");
        step(chairman, "chairman: signs (decision of " + approved + " issued)", "/signing/decisions/" + submission + "/sign",
                "revision=" + revision);
        String decision = match(DECISION_PDF, office.get("/decisions/submissions/" + submission), "no decision issued");
        download(office, "office: the decision with its appendix, PDF", "/documents/decisions/" + decision + "/decision.pdf");
        download(office, "office: all certificates in one PDF", "/documents/decisions/" + decision + "/certificates.pdf");
    }

    static Answer step(Session s, String label, String path, String body) throws Exception {
        Answer answer = s.post(label, path, body);
        if (answer == null) {
            throw new IllegalStateException(label + ": refused (see above)");
        }
        if (answer.location != null && answer.location.contains("#")) {
            // a step on many dossiers refused as a whole goes back to its form (#endorse-selected, #approve-selected)
            throw new IllegalStateException(label + ": refused, back to " + answer.location);
        }
        System.out.printf("%-44s %8d%n", label, answer.millis);
        return answer;
    }

    /** A page a person opens on the way, timed and not counted in a target. */
    static String page(Session s, String label, String path) throws Exception {
        long start = System.nanoTime();
        String page = s.get(path);
        System.out.printf("%-44s %8d   (a page, %,d bytes)%n", label, (System.nanoTime() - start) / 1_000_000, page.length());
        return page;
    }

    static long download(Session s, String label, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", s.cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + path + " answered " + r.statusCode());
        }
        System.out.printf("%-44s %8d   (%,d bytes)%n", label, millis, r.body().length);
        return millis;
    }

    static String match(Pattern pattern, String page, String otherwise) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException(otherwise);
        }
        return m.group(1);
    }

    /** One whole dossier after another: every section saved with the version its form showed, then sent. */
    static void fileDossiers(Session s, int clerk) {
        int serial = 0;
        while (!stopping) {
            try {
                String name = "Nguyễn Văn Đo Tải " + clerk + "-" + (++serial) + "-" + System.nanoTime();
                Answer created = s.post("POST /dossiers (create)", "/dossiers",
                        form("campaignId", CAMPAIGN, "awardFormId", AWARD_FORM, "nomineeType", "INDIVIDUAL", "nomineeName", name));
                if (created == null) {
                    continue;
                }
                String dossier = created.location.replaceAll(".*/dossiers/(\\d+).*", "$1");
                String path = "/dossiers/" + dossier;

                String page = s.timedGet("GET  edit form", path + "/edit/nominee");
                s.post("POST nominee", path + "/nominee", form("nomineeName", name, "birthYear", 1980, "gender", "MALE",
                        "position", "Giáo viên", "workplace", "Trường THCS", "version", version(page)));

                page = s.timedGet("GET  edit form", path + "/edit/achievements");
                s.post("POST achievements", path + "/achievements", form("achievementSummary",
                        "Tham gia tích cực công tác phòng, chống dịch Covid-19 tại địa phương. ".repeat(20), "version", version(page)));

                page = s.timedGet("GET  edit form", path + "/edit/criteria");
                List<Object> criteria = new ArrayList<>(List.of("noBreach", "true", "version", version(page)));
                Matcher met = MET.matcher(page);
                while (met.find()) {
                    criteria.addAll(List.of("met", met.group(1), "evidence-" + met.group(1), "Minh chứng kèm theo hồ sơ."));
                }
                s.post("POST criteria", path + "/criteria", form(criteria.toArray()));

                s.post("POST attachment", path + "/attachments", "PROPOSAL", "to-trinh.pdf");
                s.post("POST attachment", path + "/attachments", "ACHIEVEMENT_REPORT", "bao-cao-thanh-tich.pdf");

                page = s.timedGet("GET  check page", path + "/check");
                s.post("POST send", path + "/submit", form("version", version(page)));
            } catch (Exception e) {
                error("clerk", e.toString());
            }
        }
    }

    /** Down the queue from an id: open each dossier and accept it with the version its page showed. */
    static void acceptDossiers(Session s, long from) {
        long after = from;
        while (!stopping) {
            try {
                List<Long> ids = idsOn(s.timedGet("GET  queue page", "/review?after=" + after));
                if (ids.isEmpty()) {
                    return;
                }
                for (long id : ids) {
                    if (stopping) {
                        return;
                    }
                    String page = s.timedGet("GET  dossier page", "/dossiers/" + id);
                    s.post("POST accept", "/review/dossiers/" + id + "/accept", form("version", version(page)));
                }
                after = ids.get(ids.size() - 1);
            } catch (Exception e) {
                error("department", e.toString());
            }
        }
    }

    static List<Long> idsOn(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = DOSSIER_LINK.matcher(page);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    static String version(String page) {
        Matcher m = VERSION.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no version on the page");
        }
        return m.group(1);
    }

    static String form(Object... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(String.valueOf(pairs[i]), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(String.valueOf(pairs[i + 1]), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static void record(String kind, long nanos, boolean ok) {
        if (!measuring) {
            return;
        }
        TIMES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        if (!ok) {
            ERRORS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    static void error(String what, String detail) {
        if (ERRORS_SHOWN.incrementAndGet() <= 10) {
            System.err.println(what + ": " + detail.substring(0, Math.min(detail.length(), 300)));
        }
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1e6;
    }

    static Duration seconds(String text) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text.replaceAll("s$", "")) * 1000));
    }

    static void pause() throws InterruptedException {
        if (THINK_MS > 0) {
            Thread.sleep(THINK_MS / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
        }
    }

    record Answer(int status, String location, String body, long millis) {
    }

    /** One signed-in person: the session cookie and the CSRF token of that session. */
    static final class Session {
        String cookie;
        String csrf;

        static Session signIn(String username) throws Exception {
            Session s = new Session();
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            s.cookie = sessionCookie(login, null);
            s.csrf = token(login.body());
            HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Cookie", s.cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", PASSWORD, "_csrf", s.csrf)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            s.cookie = sessionCookie(signedIn, s.cookie);
            s.csrf = token(s.get("/account"));
            return s;
        }

        static String sessionCookie(HttpResponse<?> response, String otherwise) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(otherwise);
        }

        static String token(String page) {
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token: not signed in?");
            }
            return m.group(1);
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        }

        String timedGet(String kind, String path) throws Exception {
            pause();
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            record(kind, System.nanoTime() - start, r.statusCode() == 200);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        }

        /** A form POST; the answer when it is the redirect of a success, otherwise null (counted as an error). */
        Answer post(String kind, String path, String body) throws Exception {
            return send(kind, path, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        }

        /** A file upload as the browser sends it: multipart, with the kind of document. */
        Answer post(String kind, String path, String documentKind, String fileName) throws Exception {
            String boundary = "----bench" + System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            part(out, boundary, "form-data; name=\"_csrf\"", null, csrf.getBytes(StandardCharsets.UTF_8));
            part(out, boundary, "form-data; name=\"kind\"", null, documentKind.getBytes(StandardCharsets.UTF_8));
            byte[] pdf = new byte[UPLOAD_BYTES];
            byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, pdf, 0, head.length);
            for (int i = head.length; i < pdf.length; i++) {
                pdf[i] = (byte) ('a' + (i * 31 + fileName.length()) % 26);
            }
            part(out, boundary, "form-data; name=\"file\"; filename=\"" + fileName + "\"", "application/pdf", pdf);
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return send(kind, path, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        }

        private static void part(ByteArrayOutputStream out, String boundary, String disposition, String type, byte[] content) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: ").append(disposition).append("\r\n");
            if (type != null) {
                head.append("Content-Type: ").append(type).append("\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        private Answer send(String kind, String path, HttpRequest.Builder request) throws Exception {
            pause();
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(request.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            String location = r.headers().firstValue("Location").orElse("");
            // success is the redirect the browser follows; a form shown again, a refusal or a conflict is not
            boolean ok = r.statusCode() == 302 && !location.contains("/login") && !location.contains("error");
            record(kind, nanos, ok);
            if (!ok) {
                error(kind + " " + path, r.statusCode() + " " + location + " " + r.body().replaceAll("\\s+", " "));
                return null;
            }
            return new Answer(r.statusCode(), location, r.body(), nanos / 1_000_000);
        }
    }
}
