package org.ruraltalent.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Every test request carries a city-wide administrator's token unless the test sets its own
 * {@code Authorization} header (an empty one sends no usable token at all).
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    private static final String ADMIN = Tokens.admin();
    private static final Filter ADMIN_UNLESS_GIVEN = (request, response, chain) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", ADMIN);
        }
        return chain.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ADMIN_UNLESS_GIVEN);
    }
}
