package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The BOM names exactly the modules the suite publishes, at the suite's version. */
class BomTest {
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void theBomAlignsEveryPublishedModule() throws IOException {
    Path root = RepositoryFiles.root();
    String bom = Files.readString(root.resolve("bom/pom.xml"));
    List<String> managed = new ArrayList<>();
    Matcher m = ARTIFACT.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (m.find()) {
      managed.add(m.group(1));
    }
    assertThat(new TreeSet<>(managed)).containsExactlyElementsOf(publishedModules(root));
    assertThat(managed).doesNotHaveDuplicates();
  }

  @Test
  void theBomHasTheSuitesVersion() throws IOException {
    Path root = RepositoryFiles.root();
    assertThat(version(Files.readString(root.resolve("bom/pom.xml"))))
        .isEqualTo(version(Files.readString(root.resolve("pom.xml"))));
  }

  /** Every jar module of the reactor that does not set maven.deploy.skip. */
  private static TreeSet<String> publishedModules(Path root) throws IOException {
    TreeSet<String> published = new TreeSet<>();
    try (Stream<Path> poms = Files.walk(root, 3)) {
      for (Path pom : (Iterable<Path>) poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains("/target/") && !p.getParent().equals(root)
              && !p.getParent().getFileName().toString().equals("bom"))::iterator) {
        String text = Files.readString(pom);
        boolean aggregator = text.contains("<packaging>pom</packaging>");
        boolean skipped = text.contains("<maven.deploy.skip>true</maven.deploy.skip>");
        if (!aggregator && !skipped) {
          Matcher m = ARTIFACT.matcher(text.substring(text.indexOf("</parent>")));
          if (m.find()) {
            published.add(m.group(1));
          }
        }
      }
    }
    return published;
  }

  private static String version(String text) {
    String pom = text.replaceAll("(?s)<!--.*?-->", "");
    String head = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
