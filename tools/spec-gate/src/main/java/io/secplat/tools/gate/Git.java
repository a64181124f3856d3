package io.secplat.tools.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a git repository through the {@code git} command line: files at a ref and release tags.
 *
 * <pre>{@code
 * Git git = new Git(Path.of("."));
 * Optional<String> tag = git.lastReleaseTag();        // "v1.4.0"
 * String old = git.show("v1.4.0", "specs/veza/veza.yaml");
 * }</pre>
 */
public final class Git {
  private final Path repository;

  /** @param repository any folder inside the work tree */
  public Git(Path repository) {
    this.repository = repository;
  }

  /**
   * @return the most recent tag {@code v<major>.<minor>.<patch>} reachable from HEAD, if any
   */
  public Optional<String> lastReleaseTag() {
    Result r = run("describe", "--tags", "--abbrev=0", "--match", "v[0-9]*.[0-9]*.[0-9]*", "HEAD");
    return r.exit == 0 ? Optional.of(r.out.trim()) : Optional.empty();
  }

  /**
   * @param ref a commit, branch or tag
   * @param folder a folder relative to the repository root, e.g. {@code specs}
   * @return every file under the folder at that ref, relative to the root
   */
  public List<String> files(String ref, String folder) {
    String out = require(run("ls-tree", "-r", "--name-only", ref, "--", folder), "ls-tree " + ref);
    return out.isBlank() ? List.of() : Arrays.asList(out.trim().split("\n"));
  }

  /**
   * @param ref a commit, branch or tag
   * @param path a file relative to the repository root
   * @return the file's content at that ref
   */
  public String show(String ref, String path) {
    return require(run("show", ref + ":" + path), "show " + ref + ":" + path);
  }

  /**
   * @param ref a commit, branch or tag
   * @return whether the ref names a commit of this repository
   */
  public boolean exists(String ref) {
    return run("rev-parse", "--verify", "--quiet", ref + "^{commit}").exit == 0;
  }

  private static String require(Result r, String what) {
    if (r.exit != 0) {
      throw new IllegalStateException("git " + what + " failed: " + r.err.trim());
    }
    return r.out;
  }

  private Result run(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).start();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      return new Result(p.waitFor(), out, err.join());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run git (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running git", e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(int exit, String out, String err) {}
}
