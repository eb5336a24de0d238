package org.inspectorate.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow, salted password hashing with the platform's PBKDF2 implementation (Jakarta Security), at the
 * OWASP-recommended work factor for HMAC-SHA-512. At most {@link #CONCURRENT} hashes run at once: a flood of
 * attempts queues here (then is refused with 429) instead of taking every core from the rest of the service.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Hashes computed at once: the two cores of a small server, each hash taking about a third of a second. */
    static final int CONCURRENT = 2;
    private static final long WAIT_SECONDS = 5;
    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(CONCURRENT, true);

    /** A valid hash of a random value, checked against when an account does not exist, to equalise timing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(SessionTokens.newToken().toCharArray());
    }

    public String hash(String password) {
        return bounded(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        return password != null && bounded(() -> pbkdf2.verify(password.toCharArray(), hash));
    }

    /** Spends the same time as a real check, for an email with no account. */
    public void checkDecoy(String password) {
        bounded(() -> pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy));
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new org.inspectorate.shared.domain.TooManyRequests("The service is busy checking passwords. Try"
                    + " again in a few seconds.", java.time.Duration.ofSeconds(WAIT_SECONDS));
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
