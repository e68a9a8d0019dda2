package vn.gov.sonla.awards.account;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which page. Coarse rules by role live here; which dossier a person may see or act on is
 * decided per dossier by the dossier module's scope and policies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @ConditionalOnWebApplication // not for command-line runs without a web server (--verify-audit)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signIn, JdbcClient jdbc,
                                            AccountProperties properties, Clock clock) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll()
                // the actuator answers only on the management port (web.ManagementPort), which is not public
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                // The public honour roll and certificate verification: open to everyone, read-only.
                .requestMatchers(HttpMethod.GET, "/public/**", "/verify/**").permitAll()
                // Filing is the clerks' alone; the dossier page and its files are for everyone in its scope.
                .requestMatchers(HttpMethod.POST, "/dossiers", "/dossiers/**").hasRole(Role.CLERK.name())
                .requestMatchers("/grassroots", "/grassroots/**").hasRole(Role.CLERK.name())
                .requestMatchers("/dossiers", "/dossiers/new", "/dossiers/import", "/dossiers/import/**",
                        "/dossiers/*/edit/**", "/dossiers/*/check")
                    .hasRole(Role.CLERK.name())
                .requestMatchers("/review", "/review/**").hasRole(Role.DEPARTMENT.name())
                .requestMatchers("/appraisal", "/appraisal/**").hasRole(Role.APPRAISER.name())
                .requestMatchers("/decisions", "/decisions/**").hasRole(Role.CHAIRMAN_OFFICE.name())
                .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                // what waits for a leader's signature: leaders only (the services check the account again)
                .requestMatchers("/signing", "/signing/**").hasAuthority(CurrentUser.LEADER_AUTHORITY)
                // the movement's results: scoped figures for everyone who takes part in the chain
                .requestMatchers("/reports", "/reports/**").hasAnyRole(Role.CLERK.name(), Role.DEPARTMENT.name(),
                        Role.APPRAISER.name(), Role.CHAIRMAN_OFFICE.name())
                // the ledger of "Sóng và máy tính cho em": who records, confirms or reads is the ledger's rule
                .requestMatchers("/song", "/song/**").hasAnyRole(Role.CLERK.name(), Role.DEPARTMENT.name(),
                        Role.APPRAISER.name(), Role.CHAIRMAN_OFFICE.name())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(signIn)
                .failureHandler(signIn)
                .permitAll())
            // deactivation, password change, absolute timeout and temporary passwords, checked on every request
            .addFilterBefore(new AccountSessionFilter(jdbc, properties, clock), AuthorizationFilter.class)
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
