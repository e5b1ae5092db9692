package com.naltrexone.billing.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as built, with the test classes riding in its WAR. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive billingEar(Class<?>... testClasses) {
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "billing.ear")
            .importFrom(new File(System.getProperty("ear.file")))
            .as(EnterpriseArchive.class);
    WebArchive war = ear.getAsType(WebArchive.class, "billing.war");
    war.addClasses(testClasses).addClasses(Deployments.class, ApiClient.class, Fixtures.class);
    openArquillianRunner(war);
    return ear;
  }

  /**
   * The application protects every path; Arquillian's in-container runner servlet must be reachable
   * without a login, in the test deployment only.
   */
  private static void openArquillianRunner(WebArchive war) {
    String webXml;
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String open =
        "<security-constraint><web-resource-collection>"
            + "<web-resource-name>arquillian</web-resource-name>"
            + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
            + "</web-resource-collection></security-constraint></web-app>";
    war.delete("WEB-INF/web.xml");
    war.setWebXML(new StringAsset(webXml.replace("</web-app>", open)));
  }
}
