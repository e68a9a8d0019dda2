package vn.gov.sonla.awards.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Vietnamese first; {@code ?lang=en} switches to English and a cookie remembers the choice. Static files (the
 * stylesheet) are served under URLs that carry a hash of their content.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("awards-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Every static file under a URL with a hash of its content ({@code @{/css/app.css}} in a template becomes
     * {@code /css/app-<md5>.css}): browsers and proxies keep it for a year, since a changed file gets a new URL. Its
     * ETag is that hash, the same on every instance, so a revalidation by ETag or by date is answered with a 304.
     * Spring Boot's own static mapping is off ({@code spring.web.resources.add-mappings=false}) in favour of this one.
     * Only the static folders are mapped: with a pattern matching every path, each link a page prints would be looked
     * up as a file in the jar, and its result kept in the resolver's cache — per dossier, per page.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                    .setEtagGenerator(WebConfiguration::contentHash)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    /** The ETag the version resolver gives a file asked for under its hashed URL; none for a plain URL. */
    private static String contentHash(Resource resource) {
        return resource instanceof HttpResource versioned ? versioned.getResponseHeaders().getETag() : null;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
