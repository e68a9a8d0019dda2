package vn.gov.sonla.awards.common;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.util.ResourceUtils;

/**
 * The text of every page and message: the bundles named in {@code spring.messages.basename}, read once and merged per
 * locale into one table ({@link MergedMessages}). A queue page prints a few hundred labels; each is one look-up in
 * that table rather than a search through every bundle in turn, and a text with arguments is formatted without
 * waiting for the other requests formatting the same one.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        MergedMessages messages = new MergedMessages();
        messages.setBasenames(properties.getBasename().stream().map(MessagesConfiguration::onClasspath)
                .toArray(String[]::new));
        messages.setDefaultEncoding((properties.getEncoding() != null ? properties.getEncoding()
                : StandardCharsets.UTF_8).name());
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return messages;
    }

    /** A bundle named as Spring Boot names it ({@code i18n/review}) is read from the classpath. */
    private static String onClasspath(String basename) {
        String name = basename.trim();
        return name.contains(":") ? name : ResourceUtils.CLASSPATH_URL_PREFIX + name;
    }

    /**
     * Every bundle of a locale merged once into one table and kept for the life of the application (the bundles are
     * in the jar). The earlier bundle in {@code spring.messages.basename}, and within it the more specific locale,
     * wins, as with one {@code ResourceBundle} per bundle searched in order.
     *
     * <p>Spring keeps one parsed {@link MessageFormat} per text and locale and formats it while holding its lock, so
     * that every request printing the same text with arguments (each row of a queue does, twice) waits for the
     * others. Here each formatting gets its own copy of the parsed pattern.
     */
    static final class MergedMessages extends ReloadableResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }
}
