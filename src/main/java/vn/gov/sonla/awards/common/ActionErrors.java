package vn.gov.sonla.awards.common;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends an invalid action form (an empty reason, say) back to the dossier page with its error, in the
 * user's language, and with what the person typed, so nothing is lost.
 */
@Component
public class ActionErrors {

    private final MessageSource messages;

    ActionErrors(MessageSource messages) {
        this.messages = messages;
    }

    public String back(long dossierId, String action, String typed, BindingResult errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute("actionError",
                messages.getMessage(errors.getAllErrors().get(0), LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("failedAction", action);
        redirect.addFlashAttribute("typed", typed);
        return "redirect:/dossiers/" + dossierId + "#action-" + action;
    }
}
