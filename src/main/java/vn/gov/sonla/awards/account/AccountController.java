package vn.gov.sonla.awards.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own account ({@code /account}): password, language, and signing out everywhere. */
@Controller
class AccountController {

    static final String PASSWORD_PATH = "/account/password";

    private final Accounts accounts;
    private final LocaleResolver localeResolver;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(Accounts accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @GetMapping({"/account", PASSWORD_PATH})
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordForm(null, null, null));
        return page(user, model);
    }

    @PostMapping(PASSWORD_PATH)
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
                          @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "validation.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                CurrentUser updated = accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword(),
                        request.getSession().getId());
                signInAgainAs(updated, request, response);
                redirect.addFlashAttribute("notice", "notice.account.passwordChanged");
                return "redirect:/account";
            } catch (Accounts.PasswordRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        // the page never writes passwords back (its inputs have no value)
        return page(user, model);
    }

    @PostMapping("/account/language")
    String chooseLanguage(@RequestParam String language, @AuthenticationPrincipal CurrentUser user,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!"vi".equals(language) && !"en".equals(language)) {
            redirect.addFlashAttribute("failure", "error.account.language");
            return "redirect:/account";
        }
        CurrentUser updated = accounts.chooseLanguage(user.id(), language);
        refresh(updated, request, response);
        localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        redirect.addFlashAttribute("notice", "notice.account.languageChanged");
        return "redirect:/account";
    }

    @PostMapping("/account/sessions/end")
    String endAllSessions(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        accounts.endAllSessions(user.id());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?logout";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("account", accounts.get(user.id()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
        return "account/account";
    }

    /** After a password change: a new session id and the new credentials version, so only this session lives on. */
    private void signInAgainAs(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        refresh(user, request, response);
    }

    private void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** The password change form; the values are never rendered back. */
    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }
}
