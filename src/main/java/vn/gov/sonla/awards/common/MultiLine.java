package vn.gov.sonla.awards.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a form that holds several lines (a textarea): tab and line breaks are allowed in it. Every
 * other text field of a form holds one line; see {@link PlainText}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MultiLine {
}
