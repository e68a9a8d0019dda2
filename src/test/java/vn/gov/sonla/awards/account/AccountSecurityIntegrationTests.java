package vn.gov.sonla.awards.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts under attack and in daily use: throttling and lockout of sign-ins, sessions that end when the account
 * changes (deactivation, password change, sign out everywhere) or grow too old, the forced change of a temporary
 * password, the own-account page. Each test uses fresh accounts and its own remote address. Sessions are the stored
 * ones (Spring Session JDBC), carried from request to request by their cookie as a browser carries them.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccountSecurityIntegrationTests {

    static final String PASSWORD = "đèo Pha Đin mây trắng";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired Fixtures fixtures;
    @Autowired JdbcIndexedSessionRepository sessions;

    final String address = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 250),
            ThreadLocalRandom.current().nextInt(1, 250), ThreadLocalRandom.current().nextInt(1, 250));

    // ------------------------------------------------------------------------------------------------
    // Brute force
    // ------------------------------------------------------------------------------------------------

    @Test
    void afterAFewFailuresTheNextAttemptMustWaitEvenWithTheRightPassword() throws Exception {
        String name = aClerk();
        for (int i = 0; i < 3; i++) {
            signIn(name, "wrong password " + i).andExpect(redirectedUrl("/login?error"));
        }
        Visitor visitor = new Visitor();
        visitor.signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
        visitor.loginPage().andExpect(content().string(containsString("Vui lòng chờ")));

        // once the wait is over the attempt is checked again
        assertThat(throttle.check(name, address, Instant.now().plusSeconds(2))).isEmpty();
    }

    @Test
    void enoughFailuresLockTheAccountForAPeriodWithAClearMessage() throws Exception {
        String name = aClerk();
        String elsewhere = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250);
        Instant earlier = Instant.now().minus(Duration.ofMinutes(2));
        for (int i = 0; i < 9; i++) {
            throttle.failed(name, elsewhere, earlier.plusSeconds(i));
        }
        Visitor tenth = new Visitor();
        tenth.signIn(name, "still wrong").andExpect(redirectedUrl("/login?error"));
        tenth.loginPage().andExpect(content().string(containsString("tạm thời bị khóa")));

        Visitor right = new Visitor();
        right.signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
        right.loginPage().andExpect(content().string(containsString("tạm thời bị khóa")));
        assertThat(throttle.lockedUsernames(Instant.now())).anyMatch(l -> l.username().equals(name));

        // the administrator sees it and unlocks it; then the right password works
        mvc.perform(get("/admin").with(user(fixtures.user("admin"))))
                .andExpect(content().string(containsString(name)));
        long id = accounts.load(name).id();
        mvc.perform(post("/admin/users/{id}/unlock", id).with(user(fixtures.user("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aLockEndsByItselfAfterThePeriod() {
        String name = "nobody." + System.nanoTime();
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            throttle.failed(name, null, longAgo);
        }
        assertThat(throttle.check(name, null, longAgo.plusSeconds(60))).hasValueSatisfying(r -> assertThat(r.locked()).isTrue());
        assertThat(throttle.check(name, null, Instant.now())).isEmpty();
    }

    @Test
    void unknownUsernamesAreThrottledLikeKnownOnesSoALockRevealsNothing() throws Exception {
        String ghost = "khongco." + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            signIn(ghost, "guess " + i).andExpect(redirectedUrl("/login?error"));
        }
        Visitor visitor = new Visitor();
        visitor.signIn(ghost, "guess");
        visitor.loginPage().andExpect(content().string(containsString("Vui lòng chờ")));
    }

    @Test
    void aSuccessForgetsThePreviousFailures() throws Exception {
        String name = aClerk();
        signIn(name, "wrong 1");
        signIn(name, "wrong 2");
        signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
        signIn(name, "wrong 3");
        signIn(name, "wrong 4");
        // two failures since the success: below the free ones, so no wait
        signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryUsernameFromIt() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("spray." + i + "." + System.nanoTime(), "password").andExpect(redirectedUrl("/login?error"));
        }
        String name = aClerk();
        Visitor visitor = new Visitor();
        visitor.signIn(name, PASSWORD);
        visitor.loginPage().andExpect(content().string(containsString("Vui lòng chờ")));
    }

    @Test
    void forwardedForHeadersAreNotTrustedByDefault() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(loginRequest("spoof." + i + "." + System.nanoTime(), "password")
                    .header("X-Forwarded-For", "203.0.113." + i));
        }
        // all twenty counted against the real remote address, whatever the header claimed
        assertThat(throttle.check("someone-else", address, Instant.now())).isPresent();
    }

    // ------------------------------------------------------------------------------------------------
    // Sessions
    // ------------------------------------------------------------------------------------------------

    @Test
    void signingInGivesANewSessionId() throws Exception {
        String name = aClerk();
        Visitor visitor = new Visitor();
        visitor.perform(get("/login")).andExpect(status().isOk());
        String before = visitor.session();
        assertThat(before).isNotNull();
        visitor.signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(visitor.session()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aSignedInSessionIsStoredInTheDatabaseUnderItsUsername() throws Exception {
        String name = aClerk();
        Visitor visitor = signedIn(name);
        assertThat(sessions.findByPrincipalName(name)).hasSize(1);
        visitor.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAtOnce() throws Exception {
        String name = aClerk();
        Visitor visitor = signedIn(name);
        visitor.perform(get("/")).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/deactivate", accounts.load(name).id())
                .with(user(fixtures.user("admin"))).with(csrf()));

        assertThat(sessions.findByPrincipalName(name)).as("stored sessions, for every instance").isEmpty();
        visitor.perform(get("/")).andExpect(redirectedUrl("/login"));
        signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSessionWhoseAccountChangedMeanwhileEndsOnItsNextRequest() throws Exception {
        // a change that lands while a request of the session is in flight: the stored session is written back after
        // the change removed it, so the credentials version still has to refuse it
        String name = aClerk();
        Visitor visitor = signedIn(name);
        Map<String, ? extends Session> stored = sessions.findByPrincipalName(name);
        jdbc.sql("update user_account set credentials_version = credentials_version + 1 where username = ?")
                .param(name).update();
        assertThat(sessions.findByPrincipalName(name)).hasSameSizeAs(stored);

        visitor.perform(get("/")).andExpect(redirectedUrl("/login?ended"));
        assertThat(sessions.findByPrincipalName(name)).isEmpty();
    }

    @Test
    void aRequestInFlightWhenItsSessionWasEndedFinishesWithoutWritingItBack() {
        // the request read its session, then "sign out everywhere" removed it, then the request adds an attribute
        Session inFlight = sessions.createSession();
        inFlight.setAttribute("seen", "first");
        save(inFlight);
        Session read = sessions.findById(inFlight.getId());
        sessions.deleteById(inFlight.getId());
        read.setAttribute("added", "later");
        read.setAttribute("seen", "again");

        save(read);

        assertThat(sessions.findById(inFlight.getId())).isNull();
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where session_primary_id not in "
                + "(select primary_id from spring_session)").query(Long.class).single()).isZero();
    }

    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttribute() {
        Session stored = sessions.createSession();
        save(stored);
        Session first = sessions.findById(stored.getId());
        Session second = sessions.findById(stored.getId());
        first.setAttribute("token", "from the first tab");
        second.setAttribute("token", "from the second tab");

        save(first);
        save(second);

        Session reread = sessions.findById(stored.getId());
        assertThat(reread.<String>getAttribute("token")).isEqualTo("from the second tab");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String name = aClerk();
        Visitor here = signedIn(name);
        Visitor elsewhere = signedIn(name);
        String newPassword = "suối Tiên thác Dải Yếm " + System.nanoTime();

        here.perform(post("/account/password").with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/account"));

        assertThat(sessions.findByPrincipalName(name)).hasSize(1);
        here.perform(get("/")).andExpect(status().isOk());
        elsewhere.perform(get("/")).andExpect(redirectedUrl("/login"));
        signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
        signIn(name, newPassword).andExpect(redirectedUrl("/"));
    }

    @Test
    void signingOutEverywhereEndsEverySession() throws Exception {
        String name = aClerk();
        Visitor one = signedIn(name);
        Visitor two = signedIn(name);
        one.perform(post("/account/sessions/end").with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(sessions.findByPrincipalName(name)).isEmpty();
        two.perform(get("/")).andExpect(redirectedUrl("/login"));
        one.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void readingPagesWritesTheSessionBackOnlyWhenItsStoredLastAccessIsAMinuteOld() throws Exception {
        String name = aClerk();
        Visitor visitor = signedIn(name);
        visitor.perform(get("/account")).andExpect(status().isOk());
        long stored = storedLastAccess(name);

        visitor.perform(get("/account")).andExpect(status().isOk());
        visitor.perform(get("/")).andExpect(status().isOk());
        assertThat(storedLastAccess(name)).as("a page read within the minute writes nothing").isEqualTo(stored);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000, expiry_time = expiry_time - 61000 "
                + "where principal_name = ?").param(name).update();
        visitor.perform(get("/account")).andExpect(status().isOk());
        assertThat(storedLastAccess(name)).as("a stored last access a minute old is written again").isGreaterThanOrEqualTo(stored);
        assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where principal_name = ?")
                .param(name).query(Long.class).single()).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    void signingInAgainStillWritesTheNewSessionIdAndPrincipal() throws Exception {
        String name = aClerk();
        Visitor visitor = new Visitor();
        visitor.perform(get("/login")).andExpect(status().isOk());
        String anonymous = visitor.session();
        visitor.signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
        // sign-in changes the id of a session stored a moment ago and sets its principal: both must be written
        assertThat(sessions.findByPrincipalName(name)).hasSize(1);
        assertThat(visitor.session()).isNotEqualTo(anonymous);
        visitor.perform(get("/account")).andExpect(status().isOk());
        Visitor withTheOldId = new Visitor();
        withTheOldId.cookies.putAll(visitor.cookies);
        withTheOldId.cookies.replaceAll((cookieName, cookie) -> cookie.getValue().equals(visitor.session())
                ? new Cookie(cookieName, anonymous) : cookie);
        withTheOldId.perform(get("/account")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPageReadReadsItsStoredSessionOnceAndWritesNothing() throws Exception {
        String name = aClerk();
        Visitor visitor = signedIn(name);
        visitor.perform(get("/account")).andExpect(status().isOk());

        StatementCounter.reset();
        visitor.perform(get("/account")).andExpect(status().isOk());

        List<String> sessionStatements = StatementCounter.statements().stream()
                .map(sql -> sql.strip().toUpperCase(java.util.Locale.ROOT)).filter(sql -> sql.contains("SPRING_SESSION"))
                .toList();
        assertThat(sessionStatements).singleElement().satisfies(sql -> assertThat(sql).startsWith("SELECT"));
    }

    @Test
    void anUnchangedStoredAttributeIsDeserializedOnceAndAChangedOneAnew() throws Exception {
        String name = aClerk();
        Visitor visitor = signedIn(name);
        visitor.perform(get("/account")).andExpect(status().isOk());
        String context = "SPRING_SECURITY_CONTEXT";
        String id = jdbc.sql("select session_id from spring_session where principal_name = ?").param(name)
                .query(String.class).single();

        Object first = stored(id).getAttribute(context);
        Object second = stored(id).getAttribute(context);
        assertThat(first).isNotNull().isSameAs(second);

        Session session = stored(id);
        session.setAttribute(context, SecurityContextHolder.createEmptyContext());
        save(session);
        Object rewritten = stored(id).getAttribute(context);
        assertThat(rewritten).isNotSameAs(first).isEqualTo(
                SecurityContextHolder.createEmptyContext());
    }

    @Test
    void sessionStatementsRunWithoutATransactionOfTheirOwn() {
        assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations"))
                .isSameAs(TransactionOperations.withoutTransaction());
    }

    private long storedLastAccess(String name) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(name)
                .query(Long.class).single();
    }

    @Test
    void aSessionEndsAfterTheAbsoluteTimeoutHoweverActive() throws Exception {
        String name = aClerk();
        Visitor visitor = signedIn(name);
        visitor.perform(get("/")).andExpect(status().isOk());
        Session stored = sessions.findByPrincipalName(name).values().iterator().next();
        stored.setAttribute(SignInHandlers.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(10)).minusSeconds(1));
        save(stored);
        visitor.perform(get("/")).andExpect(redirectedUrl("/login?ended"));
    }

    // ------------------------------------------------------------------------------------------------
    // Temporary passwords and the own-account page
    // ------------------------------------------------------------------------------------------------

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = "moi." + System.nanoTime();
        Accounts.Created created = accounts.createWithTemporaryPassword(name, "Người Mới", Role.CLERK,
                units.findByCode("MAISON").orElseThrow());
        Visitor session = new Visitor();
        session.signIn(name, created.password()).andExpect(redirectedUrl("/account/password"));
        session.perform(get("/dossiers")).andExpect(redirectedUrl("/account/password"));
        session.perform(get("/account/password")).andExpect(status().isOk())
                .andExpect(content().string(containsString("mật khẩu tạm thời")));

        // a common password is refused, with the reason, and the page never echoes what was typed
        session.perform(post("/account/password").with(csrf())
                        .param("currentPassword", created.password()).param("newPassword", "password123")
                        .param("confirmPassword", "password123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quá phổ biến")))
                .andExpect(content().string(not(containsString("value=\"password123\""))));

        session.perform(post("/account/password").with(csrf())
                        .param("currentPassword", created.password()).param("newPassword", PASSWORD)
                        .param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        session.perform(get("/dossiers")).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrAMismatchIsRefusedOnItsField() throws Exception {
        String name = aClerk();
        Visitor session = signedIn(name);
        session.perform(post("/account/password").with(csrf())
                        .param("currentPassword", "not mine").param("newPassword", "một mật khẩu mới dài")
                        .param("confirmPassword", "một mật khẩu mới dài"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mật khẩu hiện tại không đúng")));
        session.perform(post("/account/password").with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "một mật khẩu mới dài")
                        .param("confirmPassword", "một mật khẩu khác"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không khớp")));
        assertThat(encoder.matches(PASSWORD, jdbc.sql("select password_hash from user_account where username = ?")
                .param(name).query(String.class).single())).isTrue();
    }

    @Test
    void theChosenLanguageIsStoredAndAppliedAtSignIn() throws Exception {
        String name = aClerk();
        Visitor session = signedIn(name);
        session.perform(post("/account/language").with(csrf()).param("language", "en"))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.sql("select language from user_account where username = ?").param(name).query(String.class).single())
                .isEqualTo("en");

        MvcResult login = mvc.perform(loginRequest(name, PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        assertThat(login.getResponse().getCookie("awards-lang")).isNotNull()
                .satisfies(c -> assertThat(c.getValue()).isEqualTo("en"));
    }

    @Test
    void demoAccountsKeepTheirPasswordWithoutAForcedChange() throws Exception {
        signIn("vanthu.viettel", "sonla2021").andExpect(redirectedUrl("/"));
        assertThat(accounts.load("vanthu.viettel").mustChangePassword()).isFalse();
    }

    // ------------------------------------------------------------------------------------------------

    private String aClerk() {
        String name = "kiemthu." + System.nanoTime();
        accounts.create(name, PASSWORD, "Cán bộ Kiểm Thử", Role.CLERK, units.findByCode("MAISON").orElseThrow());
        return name;
    }

    private MockHttpServletRequestBuilder loginRequest(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(loginRequest(username, password));
    }

    private Visitor signedIn(String username) throws Exception {
        Visitor visitor = new Visitor();
        visitor.signIn(username, PASSWORD).andExpect(redirectedUrl("/"));
        return visitor;
    }

    private Session stored(String id) {
        return sessions.findById(id);
    }

    @SuppressWarnings("unchecked")
    private void save(Session session) {
        ((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions).save(session);
    }

    /** One browser: its cookies go with each of its requests and are replaced by what the answers set. */
    private final class Visitor {

        final Map<String, Cookie> cookies = new java.util.LinkedHashMap<>();

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            ResultActions result = mvc.perform(cookies.isEmpty() ? request : request.cookie(cookies.values().toArray(Cookie[]::new)));
            for (Cookie set : result.andReturn().getResponse().getCookies()) {
                if (set.getMaxAge() == 0) {
                    cookies.remove(set.getName());
                } else {
                    cookies.put(set.getName(), set);
                }
            }
            return result;
        }

        /** The session cookie's value (whatever its name), or null. */
        String session() {
            return cookies.values().stream().filter(c -> !c.getName().equals("awards-lang")).map(Cookie::getValue)
                    .findFirst().orElse(null);
        }

        ResultActions signIn(String username, String password) throws Exception {
            return perform(loginRequest(username, password));
        }

        /** The sign-in page as shown after a refused attempt, with what the attempt left in the session. */
        ResultActions loginPage() throws Exception {
            return perform(get("/login").param("error", "")).andExpect(status().isOk());
        }
    }

    @Test
    void staleFailuresAreForgottenButCurrentLocksStay() {
        Instant now = Instant.now();
        jdbc.sql("insert into login_throttle (throttle_key, failures, last_failed_at, locked_until) values (?, 2, ?, null)")
                .params("user:cu-da-quen-" + now.toEpochMilli(), java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(3))))
                .update();
        jdbc.sql("insert into login_throttle (throttle_key, failures, last_failed_at, locked_until) values (?, 10, ?, ?)")
                .params("user:van-bi-khoa-" + now.toEpochMilli(), java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(3))),
                        java.sql.Timestamp.from(now.plus(java.time.Duration.ofMinutes(10))))
                .update();
        assertThat(throttle.purgeStale(now)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = ?")
                .param("user:cu-da-quen-" + now.toEpochMilli()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = ?")
                .param("user:van-bi-khoa-" + now.toEpochMilli()).query(Long.class).single()).isOne();
    }
}
