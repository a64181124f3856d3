package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What consumers get with every published jar: an {@code Automatic-Module-Name}, a sources jar,
 * a Javadoc jar, and entries stamped with the build's fixed {@code project.build.outputTimestamp}
 * (reproducible builds). Reads the jars the reactor built before this module (the spec gate is
 * built last); when none was packaged (a narrow build) the jar checks are skipped, saying so.
 */
class PublishedJarsTest {
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final Pattern MODULE_NAME = Pattern.compile("<automatic\\.module\\.name>([^<]+)</automatic\\.module\\.name>");
  private static final Pattern TIMESTAMP =
      Pattern.compile("<project\\.build\\.outputTimestamp>([^<]+)</project\\.build\\.outputTimestamp>");

  /** A published module: its directory, artifactId and declared automatic module name. */
  record Module(Path dir, String artifactId, String moduleName) {}

  @Test
  void everyBuildHasAFixedOutputTimestamp() throws IOException {
    Path root = RepositoryFiles.root();
    Instant rootStamp = Instant.parse(timestamp(Files.readString(root.resolve("pom.xml"))));
    assertThat(Instant.parse(timestamp(Files.readString(root.resolve("bom/pom.xml"))))).isEqualTo(rootStamp);
  }

  @Test
  void everyPublishedModuleDeclaresAnAutomaticModuleName() throws IOException {
    List<Module> modules = publishedModules(RepositoryFiles.root());
    assertThat(modules).extracting(Module::artifactId).contains("secplat-core", "secplat-britive",
        "secplat-veza", "secplat-guardian", "secplat-jupiterone", "secplat-test-kit");
    for (Module module : modules) {
      assertThat(module.moduleName()).as(module.artifactId()).matches("io\\.secplat(\\.[a-z][a-z0-9]*)+");
    }
    assertThat(modules.stream().map(Module::moduleName)).doesNotHaveDuplicates();
  }

  @Test
  void everyBuiltJarHasItsModuleNameSourcesJavadocAndFixedTimestamps() throws IOException {
    Path root = RepositoryFiles.root();
    String version = version(Files.readString(root.resolve("pom.xml")));
    LocalDateTime stamp = LocalDateTime.ofInstant(Instant.parse(timestamp(Files.readString(root.resolve("pom.xml")))),
        ZoneOffset.UTC);
    Map<String, String> checked = new TreeMap<>();
    for (Module module : publishedModules(root)) {
      Path target = module.dir().resolve("target");
      Path jar = target.resolve(module.artifactId() + "-" + version + ".jar");
      if (!Files.isRegularFile(jar)) {
        continue;
      }
      try (JarFile main = new JarFile(jar.toFile())) {
        Manifest manifest = main.getManifest();
        assertThat(manifest).as(jar.toString()).isNotNull();
        assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name")).as(jar.toString())
            .isEqualTo(module.moduleName());
        assertFixedTimestamps(main, stamp);
      }
      Path sources = target.resolve(module.artifactId() + "-" + version + "-sources.jar");
      Path javadoc = target.resolve(module.artifactId() + "-" + version + "-javadoc.jar");
      assertThat(sources).as("sources jar of " + module.artifactId()).isRegularFile();
      assertThat(javadoc).as("javadoc jar of " + module.artifactId()).isRegularFile();
      try (JarFile jarFile = new JarFile(sources.toFile())) {
        assertThat(jarFile.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".java")))
            .as(sources.toString()).isNotEmpty();
        assertFixedTimestamps(jarFile, stamp);
      }
      try (JarFile jarFile = new JarFile(javadoc.toFile())) {
        assertThat(jarFile.getEntry("index.html")).as(javadoc.toString()).isNotNull();
        assertFixedTimestamps(jarFile, stamp);
      }
      checked.put(module.artifactId(), module.moduleName());
    }
    Assumptions.assumeFalse(checked.isEmpty(),
        "no published module was packaged in this build (run ./mvnw verify or package); jar checks skipped");
    System.out.println("published jars checked (module name, sources, javadoc, timestamps): " + checked);
  }

  /**
   * Every entry carries the same time, the output timestamp (zip times are local: allow any time
   * zone the build machine may have had).
   */
  private static void assertFixedTimestamps(JarFile jar, LocalDateTime stamp) {
    Set<LocalDateTime> times = new TreeSet<>();
    Enumeration<java.util.jar.JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      times.add(entries.nextElement().getTimeLocal());
    }
    assertThat(times).as("entry times of " + jar.getName()).hasSize(1);
    LocalDateTime time = times.iterator().next();
    assertThat(Duration.between(stamp, time).abs()).as("entry time " + time + " of " + jar.getName())
        .isLessThanOrEqualTo(Duration.ofHours(14));
  }

  /** Every jar module of the reactor that does not set maven.deploy.skip, as BomTest counts them. */
  static List<Module> publishedModules(Path root) throws IOException {
    List<Module> modules = new ArrayList<>();
    try (Stream<Path> poms = Files.walk(root, 3)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains("/target/") && !p.getParent().equals(root)
              && !p.getParent().getFileName().toString().equals("bom"))
          .sorted().collect(Collectors.toList())) {
        String text = Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
        if (text.contains("<packaging>pom</packaging>") || text.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
          continue;
        }
        Matcher artifact = ARTIFACT.matcher(text.substring(text.indexOf("</parent>")));
        Matcher name = MODULE_NAME.matcher(text);
        assertThat(artifact.find()).as(pom.toString()).isTrue();
        assertThat(name.find()).as("automatic.module.name in " + pom).isTrue();
        modules.add(new Module(pom.getParent(), artifact.group(1), name.group(1)));
      }
    }
    return modules;
  }

  private static String timestamp(String pom) {
    Matcher m = TIMESTAMP.matcher(pom);
    assertThat(m.find()).as("project.build.outputTimestamp").isTrue();
    return m.group(1);
  }

  private static String version(String pom) {
    String text = pom.replaceAll("(?s)<!--.*?-->", "");
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(text.substring(text.indexOf("</parent>") + 1));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
