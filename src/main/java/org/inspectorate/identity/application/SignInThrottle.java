package org.inspectorate.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.identity.domain.FailureBudget;

/**
 * Failure budgets for everything that checks a secret: sign-in (page and HTTP Basic), second-factor codes and API
 * keys, by client address, by email address (whether or not an account has it, so a pause reveals nothing) and
 * for everyone together; and request budgets for password reset links. Checked before any password is hashed, so a
 * spent budget costs the server nothing. Per server: with N servers a budget is at most N times as large.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final String EVERYONE = "*";
    private static final int MAX_KEYS = 100_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "inspectorate.signin.failures-per-address", defaultValue = "30")
    int perAddress;

    @Inject
    @ConfigProperty(name = "inspectorate.signin.failures-per-email", defaultValue = "10")
    int perEmail;

    @Inject
    @ConfigProperty(name = "inspectorate.signin.failures-per-minute", defaultValue = "1000")
    int perMinute;

    private FailureBudget byAddress;
    private FailureBudget byEmail;
    private FailureBudget everyone;
    private FailureBudget resetsByAddress;
    private FailureBudget resetsByEmail;

    @PostConstruct
    void configure() {
        byAddress = new FailureBudget(perAddress, Duration.ofMinutes(10), MAX_KEYS);
        byEmail = new FailureBudget(perEmail, Duration.ofMinutes(15), MAX_KEYS);
        everyone = new FailureBudget(perMinute, Duration.ofMinutes(1), 1);
        resetsByAddress = new FailureBudget(20, Duration.ofHours(1), MAX_KEYS);
        resetsByEmail = new FailureBudget(5, Duration.ofHours(1), MAX_KEYS);
    }

    /** How long this attempt must wait (zero: it may go ahead). {@code email} may be null (API keys). */
    public Duration wait(String email, String address) {
        var now = clock.instant();
        Duration wait = longest(byAddress.retryAfter(key(address), now), everyone.retryAfter(EVERYONE, now));
        return email == null ? wait : longest(wait, byEmail.retryAfter(normalised(email), now));
    }

    public void failed(String email, String address) {
        var now = clock.instant();
        byAddress.fail(key(address), now);
        everyone.fail(EVERYONE, now);
        if (email != null) {
            byEmail.fail(normalised(email), now);
        }
    }

    /** The right password: the email's own failures are forgotten (never the address's). */
    public void succeeded(String email) {
        byEmail.forgive(normalised(email));
    }

    /** Whether another reset link may be sent now; counts the request when it may. */
    public boolean resetAllowed(String email, String address) {
        var now = clock.instant();
        String e = normalised(email);
        if (!resetsByAddress.retryAfter(key(address), now).isZero() || !resetsByEmail.retryAfter(e, now).isZero()) {
            return false;
        }
        resetsByAddress.fail(key(address), now);
        resetsByEmail.fail(e, now);
        return true;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
