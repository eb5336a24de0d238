package org.inspectorate.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the real WAR that Maven just built, deployed to Open
 * Liberty against the test PostgreSQL database. In-container tests add their own classes to it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("war.file", "target/inspectorate.war"));
        return ShrinkWrap.create(ZipImporter.class, "inspectorate.war").importFrom(war).as(WebArchive.class);
    }

    /** The application plus the given test classes and the shared test helpers, for tests run inside the server. */
    public static WebArchive withTests(Class<?>... classes) {
        return application().addClasses(classes).addClasses(Deployments.class, TestData.class);
    }
}
