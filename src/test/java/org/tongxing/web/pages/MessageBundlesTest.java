package org.tongxing.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.MessageBundle;

/** English is complete (every Chinese message has its translation), and templates hold no words of their own. */
class MessageBundlesTest {

    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u30ff\\u4e00-\\u9fff\\uff00-\\uffef]");
    private static final Pattern COMMENT = Pattern.compile("(?s)\\{!.*?!}");

    @Test
    void everyMessageHasItsEnglishTranslationAndNothingMore() throws IOException {
        List<Class<?>> bundles = bundles();
        assertThat(bundles).as("message bundles found").hasSizeGreaterThan(10);
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toSet());
            assertThat(english(name).stringPropertyNames()).as("keys of messages/" + name + "_en.properties")
                    .containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    @Test
    void validationMessagesAreChineseForChineseReadersWhateverTheServersLanguage() throws IOException {
        Properties base = load("/ValidationMessages.properties");
        assertThat(load("/ValidationMessages_zh.properties")).isEqualTo(base);
        assertThat(load("/ValidationMessages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
    }

    @Test
    void templatesTakeTheirChineseFromTheBundles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src-ui-templates"))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".html"))
                    // The problem catalogue documents the API for developers, deliberately in both languages.
                    .filter(f -> !f.toString().contains("ProblemCatalogueResource"))
                    .filter(f -> CHINESE.matcher(COMMENT.matcher(read(f)).replaceAll("")).find())
                    .map(Path::toString).toList();
            assertThat(offending).as("templates with Chinese text of their own").isEmpty();
        }
    }

    /** Every interface annotated @MessageBundle under src/main/java: a new feature's bundle is checked without being listed. */
    private static List<Class<?>> bundles() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && read(f).contains("@MessageBundle("))
                    .map(f -> root.relativize(f).toString().replace(".java", "").replace('/', '.'))
                    .<Class<?>>map(MessageBundlesTest::bundleClass).toList();
        }
    }

    private static Class<?> bundleClass(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties english(String bundle) throws IOException {
        return load("/messages/" + bundle + "_en.properties");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
