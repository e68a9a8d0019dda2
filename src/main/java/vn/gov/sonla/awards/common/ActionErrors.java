package vn.gov.sonla.awards.common;

import java.util.Locale;

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
        return back(dossierId, action, typed, message(errors), redirect);
    }

    /** The same, for a text typed outside a form record that {@link PlainText} refuses. */
    public String refusedText(long dossierId, String action, String typed, RedirectAttributes redirect) {
        return back(dossierId, action, typed, messages.getMessage(PlainText.REFUSED, null, LocaleContextHolder.getLocale()),
                redirect);
    }

    /** The same, for a step the dossier cannot take now (409): its reason, beside the box, with the text kept. */
    public String refusedStep(long dossierId, String action, String typed, ConflictException refused,
                              RedirectAttributes redirect) {
        return back(dossierId, action, typed, messages.getMessage(refused.messageKey(), refused.arguments(),
                LocaleContextHolder.getLocale()), redirect);
    }

    /** The first error of a form, in the reader's language. */
    public String message(BindingResult errors) {
        return messages.getMessage(errors.getAllErrors().get(0), LocaleContextHolder.getLocale());
    }

    /**
     * A step on many ticked dossiers refused as a whole: the page's message with how many, and each dossier named with
     * why, in the reader's language ({@code refused} on the page).
     */
    public void refusedSelection(SelectionRefused refused, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        redirect.addFlashAttribute("failure", refused.messageKey());
        redirect.addFlashAttribute("failureArg", refused.lines().size());
        redirect.addFlashAttribute("refused", refused.lines().stream().map(line -> messages.getMessage("review.skipped",
                new Object[] {line.nomineeName(), messages.getMessage(line.reason(), locale)}, locale)).toList());
    }

    private String back(long dossierId, String action, String typed, String error, RedirectAttributes redirect) {
        redirect.addFlashAttribute("actionError", error);
        redirect.addFlashAttribute("failedAction", action);
        if (typed != null) {
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/dossiers/" + dossierId + "#action-" + action;
    }
}
