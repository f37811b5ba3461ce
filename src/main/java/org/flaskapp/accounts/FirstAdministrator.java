package org.flaskapp.accounts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new database has someone who can sign in and add authors: the account
 * {@code admin}, with the password from MicroProfile Config {@value #PASSWORD_SETTING}
 * (environment {@code FLASKAPP_ADMIN_INITIAL_PASSWORD}), or else a generated one-time password
 * written to the server log once, which must be changed at first sign-in.
 */
@ApplicationScoped
public class FirstAdministrator {

    public static final String PASSWORD_SETTING = "flaskapp.admin.initial-password";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = PASSWORD_SETTING)
    private Optional<String> configuredPassword;

    // After the migrations (which observe the same event at the default priority) made the table.
    void createOnStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000)
                         @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Optional<String> password = configuredPassword.filter(given -> !given.isBlank());
        Optional<String> created;
        try {
            created = accounts.ensureAdministrator(password);
        } catch (RuntimeException raced) {
            // Several servers of a site that start on a new database at once (docs/scale-out.md)
            // each find no administrator; the account name is unique, so one creates it and
            // the others fail here. Asked again, they find it. Any other fault fails again.
            LOG.info(() -> "Creating the first administrator failed (" + raced + "); another server may have: checking");
            created = accounts.ensureAdministrator(password);
        }
        created.ifPresent(oneTime -> LOG.warning(() -> "No administrator yet: created the account '"
                        + AccountService.ADMINISTRATOR_NAME + "' with the one-time password " + oneTime
                        + " ; sign in at /login/ and choose a new one. (Set " + PASSWORD_SETTING
                        + " to choose it yourself.)"));
    }
}
