package org.ruraltalent.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a POST that honours {@code Idempotency-Key}: a retry with the same key and body gets the
 * first answer again, the same key with another body is 422, one still in flight is 409. See
 * {@link IdempotencyInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Idempotent {
}
