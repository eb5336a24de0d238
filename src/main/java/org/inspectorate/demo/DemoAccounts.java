package org.inspectorate.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.PasswordHasher;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;

/** The demo sign-in accounts printed by the run command. Created once, never in production mode. */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "demo-password-2026";
    public static final String PROVIDER_A_ADMIN = "admin@provider-a.example";
    public static final String PROVIDER_B_ADMIN = "admin@provider-b.example";
    /** Demo API keys of providers A and B (demo mode only). */
    public static final String PROVIDER_A_API_KEY = "insp_demo-provider-a-key-0000000000000000";
    public static final String PROVIDER_B_API_KEY = "insp_demo-provider-b-key-0000000000000000";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    org.inspectorate.identity.application.ApiClientService apiClients;

    record Demo(String email, String name, String providerId, Set<Role> roles, Set<String> locations) {

        Demo(String email, String name, String providerId, Set<Role> roles) {
            this(email, name, providerId, roles, Set.of());
        }
    }

    static List<Demo> all() {
        return List.of(
                new Demo("inspector@inspectorate.local", "Ivy Inspector", null, Set.of(Role.INSPECTOR)),
                new Demo("registration@inspectorate.local", "Rhys Registration", null,
                        Set.of(Role.REGISTRATION_OFFICER)),
                new Demo("manager@inspectorate.local", "Maya Manager", null, Set.of(Role.MANAGER, Role.INSPECTOR)),
                new Demo("admin@inspectorate.local", "Ade Administrator", null,
                        Set.of(Role.ADMINISTRATOR, Role.MANAGER, Role.REGISTRATION_OFFICER, Role.INSPECTOR)),
                new Demo(PROVIDER_A_ADMIN, "Alex Admin", RegisterGenerator.providerId(0), Set.of(Role.PROVIDER_ADMIN)),
                new Demo("contributor@provider-a.example", "Chris Contributor", RegisterGenerator.providerId(0),
                        Set.of(Role.CONTRIBUTOR), Set.of(RegisterGenerator.locationId(0), RegisterGenerator.locationId(1),
                                RegisterGenerator.locationId(2))),
                new Demo(PROVIDER_B_ADMIN, "Bea Admin", RegisterGenerator.providerId(1), Set.of(Role.PROVIDER_ADMIN)));
    }

    @Transactional
    public void createIfMissing() {
        String hash = hasher.hash(PASSWORD);
        for (Demo d : all()) {
            if (accounts.findByEmail(d.email()).isPresent()) {
                continue;
            }
            UserAccount account = d.providerId() == null ? UserAccount.staff(d.email(), d.name(), hash, d.roles())
                    : UserAccount.providerUser(d.email(), d.name(), hash, d.providerId(), d.roles());
            if (!d.locations().isEmpty()) {
                account.assignProviderRole(d.roles().iterator().next(), d.locations());
            }
            accounts.add(account);
            audit.record("ACCOUNT_CREATED", "UserAccount", null, null, account.auditSnapshot(), "Demo account");
            LOG.info(() -> "Demo account " + d.email() + " (" + d.roles() + ")");
        }
        apiClients.createWithKey(RegisterGenerator.providerId(0), "Provider A demo system", PROVIDER_A_API_KEY);
        apiClients.createWithKey(RegisterGenerator.providerId(1), "Provider B demo system", PROVIDER_B_API_KEY);
    }
}
