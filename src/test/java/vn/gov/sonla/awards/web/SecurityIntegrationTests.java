package vn.gov.sonla.awards.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, sign-out, CSRF, security headers and language (the health check: ManagementPortIntegrationTests). */
@IntegrationTest
@AutoConfigureMockMvc
class SecurityIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void demoAccountsSignInWithTheirPasswordAndNotWithoutIt() throws Exception {
        mvc.perform(formLogin("/login").user("syt").password("sonla2021"))
                .andExpect(authenticated().withUsername("syt").withRoles("DEPARTMENT"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("syt").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreStoredHashedWithTheDelegatingEncoder(@Autowired JdbcClient jdbc) {
        String hash = jdbc.sql("select password_hash from user_account where username = 'syt'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("sonla2021");
    }

    @Test
    void anonymousPeopleAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/dossiers")).andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/")).andExpect(status().isFound());
    }

    @Test
    void logoutIsAPostWithCsrf() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "syt").param("password", "sonla2021"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void theLoginPageIsVietnameseFirstWithEnglishAvailable() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("lang=\"vi\"")))
                .andExpect(content().string(containsString("Đăng nhập")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("Sign in")));
    }
}
