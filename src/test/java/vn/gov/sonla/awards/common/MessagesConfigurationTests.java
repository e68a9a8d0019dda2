package vn.gov.sonla.awards.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The merged messages say exactly what Spring Boot's own message source says for the same bundles: every key of
 * every bundle, in Vietnamese and in English, with and without arguments.
 */
class MessagesConfigurationTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Numbers, since some texts format theirs as numbers; 12,345 shows each locale's grouping. */
    private static final Object[] ARGS = {12_345, 3, 10, 2_000, 5, 6, 7, 8};

    @Test
    void everyKeyOfEveryBundleReadsAsSpringBootsMessageSourceReadsIt() throws IOException {
        List<String> basenames = basenames();
        MessageSource merged = merged(basenames);
        ResourceBundleMessageSource reference = new ResourceBundleMessageSource();
        reference.setBasenames(basenames.toArray(String[]::new));
        reference.setDefaultEncoding("UTF-8");
        reference.setFallbackToSystemLocale(false);

        TreeSet<String> keys = new TreeSet<>();
        for (String basename : basenames) {
            for (String file : List.of(basename + ".properties", basename + "_en.properties")) {
                PropertiesLoaderUtils.loadProperties(new ClassPathResource(file)).stringPropertyNames().forEach(keys::add);
            }
        }
        assertThat(keys).hasSizeGreaterThan(500);
        List<String> differences = new ArrayList<>();
        for (Locale locale : List.of(VI, Locale.ENGLISH, Locale.forLanguageTag("en-GB"))) {
            for (String key : keys) {
                for (Object[] args : new Object[][] {null, ARGS}) {
                    String expected = reference.getMessage(key, args, locale);
                    String actual = merged.getMessage(key, args, locale);
                    if (!expected.equals(actual)) {
                        differences.add(locale + " " + key + (args == null ? "" : " (with arguments)") + ": "
                                + actual + " instead of " + expected);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void anUnknownKeyIsRefusedAsBefore() {
        MessageSource merged = merged(basenames());

        assertThat(merged.getMessage("no.such.key", null, "fallback", VI)).isEqualTo("fallback");
        assertThatThrownBy(() -> merged.getMessage("no.such.key", null, VI))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void textsWithArgumentsAreFormattedRightByManyRequestsAtOnce() throws Exception {
        MessageSource merged = merged(basenames());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                tasks.add(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int waited = (i + offset) % 500;
                        String text = merged.getMessage("queue.days", new Object[] {waited, 10}, VI);
                        if (!text.startsWith(waited + "/10")) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static MessageSource merged(List<String> basenames) {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(basenames);
        properties.setFallbackToSystemLocale(false);
        return new MessagesConfiguration().messageSource(properties);
    }

    /** The bundles as application.properties names them. */
    private static List<String> basenames() {
        try {
            Properties application = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::trim).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
