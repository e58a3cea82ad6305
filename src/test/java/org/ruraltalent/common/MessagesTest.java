package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text exists in both languages, and every pattern is a valid MessageFormat. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys without a Chinese text");
        assertEquals(Set.of(), onlyZh, "keys without an English text");
        assertTrue(en.size() > 100);
    }

    @Test
    void everyPatternIsValid() throws IOException {
        for (String bundle : new String[] { "messages.properties", "messages_zh_CN.properties" }) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key));
            }
        }
    }

    @Test
    void everyProblemTypeHasATitleInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            String key = "title." + type.slug();
            assertTrue(!Messages.get(Messages.ENGLISH, key).equals(key), key);
            assertTrue(!Messages.get(Messages.CHINESE, key).equals(key), key);
        }
    }
}
