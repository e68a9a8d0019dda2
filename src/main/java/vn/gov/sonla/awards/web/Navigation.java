package vn.gov.sonla.awards.web;

import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.CurrentUser;

/**
 * Who is signed in, for the layout's menu ({@code ${@nav.is('CLERK')}}): what the menu shows follows the role of
 * the signed-in person. It reads the security context directly; {@code sec:authorize} would parse and evaluate a
 * security expression for each link of each page, a measurable share of a small page. Showing a link
 * grants nothing: every path is guarded by the security configuration.
 */
@Component("nav")
public class Navigation {

    public boolean signedIn() {
        return current() != null;
    }

    /** Whether the signed-in person has one of these roles. */
    public boolean is(String... roles) {
        CurrentUser user = current();
        return user != null && Arrays.asList(roles).contains(user.role().name());
    }

    /** Whether the signed-in person is a leader of their office (the signing list). */
    public boolean leader() {
        CurrentUser user = current();
        return user != null && user.leader();
    }

    private static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
