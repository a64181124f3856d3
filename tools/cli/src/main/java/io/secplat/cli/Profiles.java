package io.secplat.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The profile file: a properties file of {@code <profile>.<VARIABLE>=value} lines, for example
 * {@code default.BRITIVE_TOKEN=…} or {@code prod.GUARDIAN_BASE_URL=https://…}, where the variables
 * are the vendors' environment variable names. On POSIX file systems it is refused while its group
 * or others have any permission on it.
 */
final class Profiles {
  /** The profile used when none is named. */
  static final String DEFAULT_PROFILE = "default";
  /** Names the profile file instead of the default location. */
  static final String ENV_PROFILE_FILE = "SECPLAT_PROFILE_FILE";
  /** Names the profile instead of {@value #DEFAULT_PROFILE}. */
  static final String ENV_PROFILE = "SECPLAT_PROFILE";

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private Profiles() {}

  /**
   * @param context the environment and home directory
   * @return {@code $SECPLAT_PROFILE_FILE}, else {@code $XDG_CONFIG_HOME/secplat/profiles.properties},
   *     else {@code ~/.config/secplat/profiles.properties}
   */
  static Path defaultFile(CliContext context) {
    String named = context.environment().get(ENV_PROFILE_FILE);
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    String xdg = context.environment().get("XDG_CONFIG_HOME");
    Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : context.home().resolve(".config");
    return config.resolve("secplat").resolve("profiles.properties");
  }

  /**
   * Reads one profile after checking the file's permissions.
   *
   * @param file the profile file, which must exist
   * @param profile the profile's name
   * @return variable names to values (empty when the file has no such profile)
   * @throws CredentialsException when group or others may access the file
   */
  static Map<String, String> read(Path file, String profile) {
    checkPermissions(file);
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> variables = new HashMap<>();
    String prefix = profile + ".";
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        variables.put(key.substring(prefix.length()), properties.getProperty(key).trim());
      }
    }
    return variables;
  }

  /**
   * @param file a profile file
   * @throws CredentialsException naming the file and the fix when group or others have any permission on it
   */
  static void checkPermissions(Path file) {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = posix.readAttributes().permissions();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the permissions of the profile file " + file + ": " + e.getMessage(), e);
    }
    Set<PosixFilePermission> loose = EnumSet.noneOf(PosixFilePermission.class);
    loose.addAll(permissions);
    loose.retainAll(GROUP_OR_OTHERS);
    if (!loose.isEmpty()) {
      throw new CredentialsException("the profile file " + file + " holds credentials but is accessible by group or others (mode "
          + PosixFilePermissions.toString(permissions) + "); restrict it with: chmod 600 " + file);
    }
  }
}
