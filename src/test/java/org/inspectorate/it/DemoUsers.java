package org.inspectorate.it;

/** The demo accounts the test server creates at start-up (INSPECTORATE_DEMO=true). */
public final class DemoUsers {

    public static final String PASSWORD = "demo-password-2026";
    public static final String INSPECTOR = "inspector@inspectorate.local";
    public static final String REGISTRATION = "registration@inspectorate.local";
    public static final String MANAGER = "manager@inspectorate.local";
    public static final String ADMIN = "admin@inspectorate.local";
    public static final String PROVIDER_A = "admin@provider-a.example";
    public static final String PROVIDER_A_CONTRIBUTOR = "contributor@provider-a.example";
    public static final String PROVIDER_B = "admin@provider-b.example";

    private DemoUsers() {
    }
}
