package vn.gov.sonla.awards.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller's parameter that receives the signed-in person as an {@link Actor}; null for an anonymous visitor.
 * Resolved by {@link ActorArgumentResolver} from the security context, without evaluating an expression per request.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentActor {
}
