package vn.gov.sonla.awards.account;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

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
 * password, the own-account page. Each test uses fresh accounts and its own remote address.
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
        MvcResult refused = signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error")).andReturn();
        loginPage(refused).andExpect(content().string(containsString("Vui lòng chờ")));

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
        MvcResult tenth = signIn(name, "still wrong").andExpect(redirectedUrl("/login?error")).andReturn();
        loginPage(tenth).andExpect(content().string(containsString("tạm thời bị khóa")));

        MvcResult right = signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error")).andReturn();
        loginPage(right).andExpect(content().string(containsString("tạm thời bị khóa")));
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
        loginPage(signIn(ghost, "guess").andReturn()).andExpect(content().string(containsString("Vui lòng chờ")));
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
        loginPage(signIn(name, PASSWORD).andReturn()).andExpect(content().string(containsString("Vui lòng chờ")));
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
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(loginRequest(name, PASSWORD).session(session)).andExpect(redirectedUrl("/"));
        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAtOnce() throws Exception {
        String name = aClerk();
        MockHttpSession session = signedIn(name);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/deactivate", accounts.load(name).id())
                .with(user(fixtures.user("admin"))).with(csrf()));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
        signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String name = aClerk();
        MockHttpSession here = signedIn(name);
        MockHttpSession elsewhere = signedIn(name);
        String newPassword = "suối Tiên thác Dải Yếm " + System.nanoTime();

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
        signIn(name, newPassword).andExpect(redirectedUrl("/"));
    }

    @Test
    void signingOutEverywhereEndsEverySession() throws Exception {
        String name = aClerk();
        MockHttpSession one = signedIn(name);
        MockHttpSession two = signedIn(name);
        mvc.perform(post("/account/sessions/end").session(one).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(one.isInvalid()).isTrue();
        mvc.perform(get("/").session(two)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void aSessionEndsAfterTheAbsoluteTimeoutHoweverActive() throws Exception {
        String name = aClerk();
        MockHttpSession session = signedIn(name);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        session.setAttribute(SignInHandlers.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(10)).minusSeconds(1));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    // ------------------------------------------------------------------------------------------------
    // Temporary passwords and the own-account page
    // ------------------------------------------------------------------------------------------------

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = "moi." + System.nanoTime();
        Accounts.Created created = accounts.createWithTemporaryPassword(name, "Người Mới", Role.CLERK,
                units.findByCode("MAISON").orElseThrow());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(loginRequest(name, created.password()).session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/dossiers").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("mật khẩu tạm thời")));

        // a common password is refused, with the reason, and the page never echoes what was typed
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", created.password()).param("newPassword", "password123")
                        .param("confirmPassword", "password123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quá phổ biến")))
                .andExpect(content().string(not(containsString("value=\"password123\""))));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", created.password()).param("newPassword", PASSWORD)
                        .param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/dossiers").session(session)).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrAMismatchIsRefusedOnItsField() throws Exception {
        String name = aClerk();
        MockHttpSession session = signedIn(name);
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "not mine").param("newPassword", "một mật khẩu mới dài")
                        .param("confirmPassword", "một mật khẩu mới dài"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mật khẩu hiện tại không đúng")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "một mật khẩu mới dài")
                        .param("confirmPassword", "một mật khẩu khác"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không khớp")));
        assertThat(encoder.matches(PASSWORD, jdbc.sql("select password_hash from user_account where username = ?")
                .param(name).query(String.class).single())).isTrue();
    }

    @Test
    void theChosenLanguageIsStoredAndAppliedAtSignIn() throws Exception {
        String name = aClerk();
        MockHttpSession session = signedIn(name);
        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "en"))
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

    private MockHttpSession signedIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(loginRequest(username, PASSWORD).session(session)).andExpect(redirectedUrl("/"));
        return session;
    }

    private org.springframework.test.web.servlet.ResultActions loginPage(MvcResult failed) throws Exception {
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
        return mvc.perform(get("/login").param("error", "").session(session)).andExpect(status().isOk());
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
