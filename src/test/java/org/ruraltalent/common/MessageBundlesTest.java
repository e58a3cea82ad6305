package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the API speaks exists in English and in Chinese: the bundles have the same keys. */
class MessageBundlesTest {

    private static TreeSet<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/i18n/messages", "/ValidationMessages" })
    void englishAndChineseHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(keys(bundle + ".properties"), keys(bundle + "_zh_CN.properties"));
    }
}
