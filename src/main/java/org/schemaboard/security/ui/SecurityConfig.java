package org.schemaboard.security.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every view needs a signed-in person except the login view; Vaadin's own requests are handled by its configurer.
 * In the ui package, beside the login view it names, so that the security package does not depend on views.
 * Only in a web application: the command line ({@code org.schemaboard.cli}) starts Spring without a servlet context,
 * which Vaadin's configurer cannot do without.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // A closing tab's goodbye beacon cannot carry a CSRF token; it only ever removes its own session's presence.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/presence/leave"));
        // A load balancer or container asks without signing in; details are for administrators (application.properties)
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
