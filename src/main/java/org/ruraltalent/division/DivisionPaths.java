package org.ruraltalent.division;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The path of a division found by its code, read from the database once and then kept. Every
 * scoped request starts from the division its token names, so without this every request would
 * make one more round trip to the database than its own work needs. It is safe to keep because
 * neither changes: a division's code is its natural id and its path is set when it is added
 * (divisions are only added and renamed; the people's and categories' copies of the path rely on
 * the same, V15). A code not found is not kept, since its division may be added later.
 */
@ApplicationScoped
public class DivisionPaths {

    /** More divisions than any city or province names in its tokens; beyond it, codes are read each time. */
    private static final int MAX_KEPT = 10_000;

    private final ConcurrentHashMap<String, String> byCode = new ConcurrentHashMap<>();

    public Optional<String> of(String code) {
        String kept = byCode.get(code);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<String> path = Division.byCode(code).map(Division::pathPrefix);
        if (path.isPresent() && byCode.size() < MAX_KEPT) {
            byCode.put(code, path.get());
        }
        return path;
    }
}
