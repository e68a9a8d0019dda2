package vn.gov.sonla.awards.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.gov.sonla.awards.common.MultiLine;
import vn.gov.sonla.awards.common.PlainText;

/**
 * The one place where typed text meets {@link PlainText}'s rule, for every controller: a validated form record
 * refuses a text field holding control characters with the field's own message (and the form comes back with what
 * was typed), and the text parameters of a page that is only read (searches, filters, the public honour roll) lose
 * those characters before they reach a query.
 */
@ControllerAdvice
class TextInputAdvice {

    private static final Validator FORM_TEXT = new FormTextValidator();

    @InitBinder
    void plainText(WebDataBinder binder, HttpServletRequest request) {
        binder.addValidators(FORM_TEXT);
        if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            binder.registerCustomEditor(String.class, new SearchTextEditor());
        }
    }

    /** Each text component of a form record must be plain text, on one line unless it is {@link MultiLine}. */
    static final class FormTextValidator implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (target == null || !target.getClass().isRecord()) {
                return;
            }
            for (RecordComponent component : target.getClass().getRecordComponents()) {
                if (component.getType() == String.class
                        && errors.getFieldValue(component.getName()) instanceof String text
                        && !PlainText.isAllowed(text, component.isAnnotationPresent(MultiLine.class))) {
                    errors.rejectValue(component.getName(), PlainText.REFUSED);
                }
            }
        }
    }

    /** A text parameter of a page that only reads, without the characters that are not text. */
    static final class SearchTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(PlainText.withoutControls(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
