package org.civitas.it;

import java.io.File;
import org.civitas.it.probe.ProbeComponent;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The EAR the build produced, with the probe component of the test sources added as one more library. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive platformWithProbe() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("civitas.ear", "target/civitas.ear")));
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "component-probe.jar")
                .addPackage(ProbeComponent.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new File("src/test/resources/probe/META-INF/resources/components/probe/index.xhtml"),
                        "resources/components/probe/index.xhtml");
        return ear.addAsLibrary(probe);
    }
}
