package io.secplat.tools.gate;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads the project version of a root {@code pom.xml}: the version every artifact of the reactor shares. */
public final class PomVersion {
  private PomVersion() {}

  /**
   * @param pomXml the content of a {@code pom.xml}
   * @return its {@code /project/version}
   * @throws IllegalArgumentException when the pom has no version of its own
   */
  public static Version of(String pomXml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element project = factory.newDocumentBuilder().parse(new InputSource(new StringReader(pomXml))).getDocumentElement();
      for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
        if ("version".equals(child.getNodeName())) {
          return Version.parse(child.getTextContent());
        }
      }
      throw new IllegalArgumentException("the pom has no <version> of its own");
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("cannot read the pom: " + e.getMessage(), e);
    }
  }
}
