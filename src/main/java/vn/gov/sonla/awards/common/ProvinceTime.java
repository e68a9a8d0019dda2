package vn.gov.sonla.awards.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The province's time: Sơn La keeps UTC+7 all year. Every date an office writes (a decision's date, the day a
 * dossier entered its stage) is a date here, and every "now" of the domain comes from the one {@link Clock} bean,
 * so tests set the time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
public class ProvinceTime {

    /** The province's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
