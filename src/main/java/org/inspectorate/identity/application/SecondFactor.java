package org.inspectorate.identity.application;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.identity.domain.Mfa;
import org.inspectorate.identity.domain.RecoveryCode;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.CredentialRepository;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.shared.config.Settings;

/** Second-factor mechanics shared by sign-in and the account page: QR codes, recovery codes, policy. */
@ApplicationScoped
public class SecondFactor {

    private static final String ISSUER = "Inspectorate";
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CredentialRepository credentials;

    @Inject
    org.inspectorate.identity.persistence.AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Settings settings;

    /** A new secret with its QR code (a PNG data URI) for an authenticator app to scan. */
    public record Enrolment(String secret, String qrDataUri, String grouped) {
    }

    public Enrolment newEnrolment(String accountEmail) {
        return draw(accountEmail, Mfa.newSecret());
    }

    /** The enrolment screen for a sign-in still in progress: a new secret, or the one already shown. */
    @Transactional
    public Enrolment enrolmentFor(long userId, String secretOrNull) {
        String label = accounts.find(userId).map(UserAccount::email).orElse("Inspectorate user");
        return draw(label, secretOrNull == null ? Mfa.newSecret() : secretOrNull);
    }

    private Enrolment draw(String accountEmail, String secret) {
        QrData data = new QrData.Builder().label(accountEmail).secret(secret).issuer(ISSUER)
                .digits(Mfa.DIGITS).period(Mfa.PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            String uri = Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
            return new Enrolment(secret, uri, secret.replaceAll("(.{4})(?!$)", "$1 "));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    /** Whether this account must use a second factor: staff in production, and where its organisation says so. */
    public boolean required(UserAccount account) {
        if (account.providerId() == null) {
            return settings.production();
        }
        return organisations.security(account.providerId()).map(s -> s.mfaRequired()).orElse(false);
    }

    /** Replaces the account's recovery codes with new ones, returned once to be shown to its owner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> issueRecoveryCodes(long userId) {
        credentials.deleteRecoveryCodes(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            codes.add(code.toString());
            credentials.add(new RecoveryCode(userId, SessionTokens.hash(RecoveryCode.normalise(code.toString()))));
        }
        return codes;
    }

    /** Uses up a recovery code if it is one of the account's unused codes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean useRecoveryCode(long userId, String code, Instant now) {
        String typed = RecoveryCode.normalise(code);
        if (typed.length() != 12) {
            return false;
        }
        return credentials.unusedRecoveryCode(userId, SessionTokens.hash(typed)).map(c -> {
            c.use(now);
            return true;
        }).orElse(false);
    }

    /** A one-time password from the app, or else a recovery code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(UserAccount account, String code, Instant now) {
        return account.acceptOneTimePassword(code, now) || useRecoveryCode(account.id(), code, now);
    }
}
