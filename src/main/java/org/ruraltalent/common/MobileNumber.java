package org.ruraltalent.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/** A mainland China mobile number: 11 digits, starting 13 to 19. */
@Documented
@Pattern(regexp = "1[3-9][0-9]{9}")
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface MobileNumber {

    String message() default "{validation.mobile}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
