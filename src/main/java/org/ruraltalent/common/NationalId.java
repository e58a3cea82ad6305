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
 * A citizen identity number 公民身份号码 (GB 11643-1999): 17 digits and a check character
 * (ISO 7064 MOD 11-2), with a real birth date not in the future at positions 7 to 14.
 */
@Documented
@Constraint(validatedBy = NationalId.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface NationalId {

    String message() default "{validation.national-id}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NationalId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || NationalIds.parse(value).isPresent();
        }
    }
}
