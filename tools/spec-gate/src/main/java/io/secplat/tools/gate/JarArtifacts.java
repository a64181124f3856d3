package io.secplat.tools.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JARs of a folder, by Maven artifact id (read from the {@code pom.properties} Maven puts in
 * every JAR it builds), so the same artifact of two versions can be paired whatever its file name.
 */
public final class JarArtifacts {
  private JarArtifacts() {}

  /**
   * @param folder a folder of JARs (not searched recursively); {@code null} or absent gives none
   * @return artifact id to JAR, sorted; sources, javadoc and test JARs are left out
   */
  public static Map<String, Path> in(Path folder) {
    Map<String, Path> jars = new TreeMap<>();
    if (folder == null || !Files.isDirectory(folder)) {
      return jars;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(f -> f.getFileName().toString().endsWith(".jar"))
          .filter(f -> !f.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"))
          .forEach(f -> jars.put(artifactId(f), f));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return jars;
  }

  static String artifactId(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
          try (InputStream in = file.getInputStream(entry)) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("artifactId");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
    return jar.getFileName().toString().replaceFirst("(-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?)?\\.jar$", "");
  }
}
