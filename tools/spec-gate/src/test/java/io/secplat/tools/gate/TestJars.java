package io.secplat.tools.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources into a JAR that carries Maven's {@code pom.properties}, as a build would. */
final class TestJars {
  private TestJars() {}

  static Path build(Path dir, String artifactId, String version, Map<String, String> sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve(artifactId + "-" + version + "-src"));
    Path classes = Files.createDirectories(dir.resolve(artifactId + "-" + version + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("the test sources do not compile");
    }
    Path jar = Files.createDirectories(dir.resolve(version)).resolve(artifactId + "-" + version + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      out.putNextEntry(new JarEntry("META-INF/maven/io.secplat/" + artifactId + "/pom.properties"));
      out.write(("groupId=io.secplat\nartifactId=" + artifactId + "\nversion=" + version + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
      }
    }
    return jar;
  }
}
