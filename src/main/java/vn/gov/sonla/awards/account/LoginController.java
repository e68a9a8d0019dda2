package vn.gov.sonla.awards.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; a signed-in person going there is sent home. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, HttpSession session, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // why the last attempt failed: shown once
        if (session.getAttribute(SignInHandlers.PROBLEM) instanceof SignInHandlers.Problem problem) {
            session.removeAttribute(SignInHandlers.PROBLEM);
            model.addAttribute("problem", problem);
        }
        return "login";
    }
}
