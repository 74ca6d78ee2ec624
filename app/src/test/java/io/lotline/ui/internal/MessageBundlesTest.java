package io.lotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Dutch are complete: every text a template or a page names is in both bundles, and nothing more. */
class MessageBundlesTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)[}(]");
    private static final Set<String> DYNAMIC = Set.of("status.", "meaning.", "attribute.", "alert.", "verdict.",
            "lot.done.", "timeline.", "failure.", "rule.");

    @Test
    void the_dutch_bundle_has_every_english_text() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> dutch = keys("messages_nl.properties");
        dutch.removeIf(key -> key.startsWith("rule."));
        assertThat(dutch).isEqualTo(english);
    }

    @Test
    void every_text_a_template_names_is_in_the_bundle() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("app/src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty().allSatisfy(key -> assertThat(english).contains(key));
    }

    @Test
    void every_status_meaning_and_attribute_has_its_text() throws IOException {
        Set<String> english = keys("messages.properties");
        Stream.of(io.lotline.lots.LotStatus.values()).forEach(s -> assertThat(english).contains("status." + s));
        Stream.of(io.lotline.ledger.Signature.Meaning.values())
                .forEach(m -> assertThat(english).contains("meaning." + m));
        Stream.of(io.lotline.lots.LotAttribute.values()).forEach(a -> assertThat(english).contains("attribute." + a));
        Stream.of(io.lotline.expiry.AlertStatus.values()).forEach(a -> assertThat(english).contains("alert." + a));
        Stream.of(io.lotline.ledger.EntryType.values()).map(Enum::name).filter(type -> !type.contains("ADJUSTMENT")
                && !type.equals("CORRECTION") && !type.equals("STATUS_CHANGE"))
                .forEach(type -> assertThat(english).contains("timeline." + type.toLowerCase()));
        assertThat(DYNAMIC).allSatisfy(prefix -> assertThat(english.stream().anyMatch(k -> k.startsWith(prefix))
                || prefix.equals("rule.")).isTrue());
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
