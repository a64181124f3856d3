package io.secplat.tools.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throw-away git repository with a root pom, for end-to-end gate tests. */
final class TempRepo {
  final Path root;

  TempRepo(Path root) throws IOException, InterruptedException {
    this.root = root;
    git("init", "-q");
  }

  TempRepo pom(String version) throws IOException {
    return write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>io.secplat</groupId>"
        + "<artifactId>secplat-parent</artifactId><version>" + version + "</version></project>\n");
  }

  TempRepo write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return this;
  }

  TempRepo commit(String message) throws IOException, InterruptedException {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return this;
  }

  TempRepo tag(String name) throws IOException, InterruptedException {
    git("tag", name);
    return this;
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(),
        "-c", "user.name=gate-test", "-c", "user.email=gate-test@example.invalid",
        "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "core.hooksPath=/dev/null"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + output);
    }
  }
}
