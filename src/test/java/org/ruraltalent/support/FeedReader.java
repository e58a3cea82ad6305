package org.ruraltalent.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Follows the change feed ({@code /api/v1/changes}) as an integrating system would. */
public final class FeedReader {

    private FeedReader() {
    }

    /**
     * Reads the feed from {@code cursor} (null: from the start) until a page comes back empty,
     * adding its events to {@code into}; returns the new cursor. {@code authorization} null reads
     * as the tests' default caller.
     */
    public static String drain(String cursor, String authorization, List<Map<String, Object>> into) {
        return drainWith(() -> {
            RequestSpecification request = given().queryParam("limit", 200);
            return authorization == null ? request : request.header("Authorization", authorization);
        }, cursor, into);
    }

    /** The same, each page asked with a request from {@code pages} (its service, caller and page size). */
    public static String drainWith(Supplier<RequestSpecification> pages, String cursor, List<Map<String, Object>> into) {
        while (true) {
            RequestSpecification request = pages.get();
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response page = request.get("/api/v1/changes");
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.path("items");
            into.addAll(items);
            cursor = page.path("nextCursor");
            if (items.isEmpty()) {
                return cursor;
            }
        }
    }
}
