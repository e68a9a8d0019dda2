package vn.gov.sonla.awards.web;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.gov.sonla.awards.common.SettingRefused;

/**
 * The actuator's own port. Health and the Prometheus metrics are for the operators and are served without sign-in,
 * so the application refuses to start when they would be served on the public port ({@code management.server.port}
 * unset, or equal to {@code server.port}); {@code -1} switches the actuator's HTTP side off instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ManagementPort {

    ManagementPort(Environment environment) {
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            throw new SettingRefused("management.server.port (AWARDS_MANAGEMENT_PORT) must differ from server.port: "
                    + "health and metrics are not for the public",
                    "Set AWARDS_MANAGEMENT_PORT to a port other than SERVER_PORT that the reverse proxy does not "
                    + "forward, or to -1 to switch the actuator's HTTP side off.");
        }
    }
}
