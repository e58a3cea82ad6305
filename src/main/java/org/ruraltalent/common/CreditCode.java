package org.ruraltalent.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A unified social credit code 统一社会信用代码 (GB 32100-2015): 18 characters from the code's
 * alphabet (digits and upper-case letters without I, O, S, V, Z), the last a check character
 * (weights 3^i mod 31).
 */
@Documented
@Constraint(validatedBy = CreditCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

    String message() default "{validation.credit-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreditCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CreditCodes.isValid(value);
        }
    }
}
