package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.inspectorate.identity.domain.Invitation;
import org.inspectorate.identity.domain.PasswordReset;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.shared.config.Settings;
import org.inspectorate.shared.mail.OutgoingMail;

/** The emails about accounts, with links to this service's public address (INSPECTORATE_PUBLIC_URL). */
@ApplicationScoped
public class AccountMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private static final String SIGN_OFF = "\n\nIf you did not expect this email, you can ignore it. Nobody at the"
            + " regulator will ever ask you for your password.\n\nInspectorate";

    @Inject
    Settings settings;

    public OutgoingMail invitation(Invitation invitation, String token, String organisation) {
        String link = link("/accept-invitation.xhtml?token=", token);
        String why = switch (invitation.origin()) {
            case COLLEAGUE -> "A colleague has invited you";
            case REGISTER -> "You asked to set up portal access, and the register names you at this address. You"
                    + " are invited";
            case STAFF_RECOVERY -> "The regulator has checked your request against the register. You are invited";
        };
        return new OutgoingMail(invitation.email(), "Your invitation to the provider portal for " + organisation,
                "Dear " + invitation.displayName() + ",\n\n" + why + " to use the provider portal for "
                        + organisation + " as " + roleWords(invitation.role()) + ".\n\nAccept the"
                        + " invitation and choose a password here:\n\n" + link + "\n\nThe link works once, until "
                        + WHEN.format(invitation.expiresAt()) + "." + SIGN_OFF,
                "INVITATION");
    }

    public OutgoingMail passwordReset(UserAccount user, String token, PasswordReset reset) {
        return new OutgoingMail(user.email(), "Reset your password",
                "Dear " + user.displayName() + ",\n\nSomeone (we hope you) asked to reset the password of your"
                        + " account. Choose a new password here:\n\n" + link("/reset-password.xhtml?token=", token)
                        + "\n\nThe link works once, until " + WHEN.format(reset.expiresAt()) + "." + SIGN_OFF,
                "PASSWORD_RESET");
    }

    /** A new staff account: the link to choose a first password, valid for a week. */
    public OutgoingMail staffWelcome(UserAccount user, String token, PasswordReset reset) {
        return new OutgoingMail(user.email(), "Your Inspectorate staff account",
                "Dear " + user.displayName() + ",\n\nAn administrator has set up your staff account. Choose your"
                        + " password here:\n\n" + link("/reset-password.xhtml?token=", token) + "\n\nThe link"
                        + " works once, until " + WHEN.format(reset.expiresAt()) + ". Then sign in with this email"
                        + " address at\n\n" + settings.publicUrl() + "/sign-in.xhtml" + SIGN_OFF,
                "STAFF_WELCOME");
    }

    public OutgoingMail passwordChanged(UserAccount user) {
        return new OutgoingMail(user.email(), "Your password has been changed",
                "Dear " + user.displayName() + ",\n\nThe password of your account was changed, and every other"
                        + " signed-in session was ended. If this was not you, reset your password now at\n\n"
                        + settings.publicUrl() + "/forgot-password.xhtml\n\nand tell us." + SIGN_OFF,
                "PASSWORD_CHANGED");
    }

    public OutgoingMail recoveryRequestReceived(String to, String name, String organisation) {
        return new OutgoingMail(to, "We have your request for portal access",
                "Dear " + name + ",\n\nWe have received your request for a new administrator of the provider"
                        + " portal for " + organisation + ". Our staff will check it against the register and"
                        + " contact you. If the register holds your email address, the invitation will come to"
                        + " it." + SIGN_OFF,
                "ACCESS_RECOVERY");
    }

    public OutgoingMail recoveryRejected(String to, String name, String organisation, String note) {
        return new OutgoingMail(to, "Your request for portal access",
                "Dear " + name + ",\n\nWe could not grant your request for a new administrator of the provider"
                        + " portal for " + organisation + "."
                        + (note == null ? "" : "\n\nOur reason: " + note)
                        + "\n\nIf the register's details of your organisation are out of date, please tell us"
                        + " about the change first." + SIGN_OFF,
                "ACCESS_RECOVERY");
    }

    private String link(String path, String token) {
        return settings.publicUrl() + path + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String roleWords(org.inspectorate.identity.domain.Role role) {
        String lower = role.label().toLowerCase(java.util.Locale.ROOT) + (role.scoped() || role.name()
                .equals("PROVIDER_ADMIN") ? "" : " user");
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }
}
