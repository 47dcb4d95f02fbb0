package org.socialvaluehub.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A title or name: at most {@link TextLimits#TITLE} characters, on one line; each rule has its own message from the
 * bundle, and a field may name itself in both messages ({@code message} for the length, {@code oneLine} for breaks).
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Size(max = TextLimits.TITLE)
@Pattern(regexp = "[^\\r\\n]*")
public @interface Title {

    @OverridesAttribute(constraint = Size.class, name = "message")
    String message() default "{text.title.tooLong}";

    /** The message when the text has a line break. */
    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String oneLine() default "{text.title.oneLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
