package vn.gov.sonla.awards.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line logged while serving a signed-in person's request carries their account id, and only that. */
class AccountLogContextTests {

    private final AccountLogContext filter = new AccountLogContext();
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void theSignedInAccountsIdIsInTheLogContextForTheRequestOnly() throws Exception {
        CurrentUser user = new CurrentUser(42, "vanthu.maison", "{noop}x", "Lò Thị Mai", Role.CLERK, 7,
                "UBND huyện Mai Sơn", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));

        filter.doFilter(new MockHttpServletRequest("GET", "/dossiers"), new MockHttpServletResponse(),
                (request, response) -> {
                    seen.add(MDC.get("account_id"));
                    seen.add(String.valueOf(MDC.getCopyOfContextMap()));
                });

        assertThat(seen.get(0)).isEqualTo("42");
        assertThat(seen.get(1)).doesNotContain("vanthu.maison").doesNotContain("Lò Thị Mai").doesNotContain("Mai Sơn");
        assertThat(MDC.get("account_id")).isNull();
    }

    @Test
    void anAnonymousRequestHasNoAccountInItsLogContext() throws Exception {
        filter.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(),
                (request, response) -> seen.add(MDC.get("account_id")));

        assertThat(seen).containsExactly((String) null);
    }
}
