package vn.gov.sonla.awards.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

/** A controller's parameter that receives the signed-in person as an {@link Actor}; null for an anonymous visitor. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AuthenticationPrincipal(expression = "#this instanceof T(vn.gov.sonla.awards.account.CurrentUser) ? actor() : null")
public @interface CurrentActor {
}
