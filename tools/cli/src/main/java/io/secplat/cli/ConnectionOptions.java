package io.secplat.cli;

import io.secplat.core.VendorClient;
import io.secplat.mock.MockProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * How every vendor command connects: {@code --mock}, {@code --profile}, {@code --profile-file}.
 * One resolver for all four vendors. The variables a vendor needs (its façade's
 * {@code fromEnvironment} names) come from the environment and the profile file: a profile named
 * with {@code --profile} or {@code $SECPLAT_PROFILE} wins over the environment; otherwise the
 * environment wins and the {@code default} profile fills in what it lacks. Declared on each vendor
 * command and inherited by its subcommands, so the options may follow any of them.
 */
final class ConnectionOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--mock", scope = ScopeType.INHERIT,
      description = "Run against this vendor's embedded mock provider, started on a free 127.0.0.1 port (no credentials needed).")
  boolean mock;

  @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "NAME",
      description = "Take credentials from this profile of the profile file (default: $SECPLAT_PROFILE, else 'default', "
          + "which only fills in variables the environment lacks).")
  String profile;

  @Option(names = "--profile-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "The profile file (default: $SECPLAT_PROFILE_FILE, else $XDG_CONFIG_HOME/secplat/profiles.properties, "
          + "else ~/.config/secplat/profiles.properties). Refused unless only its owner may read it (chmod 600).")
  Path profileFile;

  /** An open connection: the client, and the mock provider behind it if any. */
  static final class Session<C extends VendorClient> implements AutoCloseable {
    final C client;
    private final MockProviders mocks;

    Session(C client, MockProviders mocks) {
      this.client = client;
      this.mocks = mocks;
    }

    @Override
    public void close() {
      try {
        client.close();
      } finally {
        if (mocks != null) {
          mocks.close();
        }
      }
    }
  }

  /**
   * Connects to a vendor.
   *
   * @param vendor the vendor
   * @param context the environment, home directory and terminal
   * @param overrides variables set by options of the vendor command
   * @return the session; the caller closes it
   */
  <C extends VendorClient> Session<C> open(Vendor<C> vendor, CliContext context, Map<String, String> overrides) {
    return open(vendor, context, overrides, false);
  }

  /**
   * Connects to a vendor, strictly when asked: a response that deviates from its contract then
   * fails the call (conformance runs).
   *
   * @param vendor the vendor
   * @param context the environment, home directory and terminal
   * @param overrides variables set by options of the vendor command
   * @param strict whether the client reads with {@code strictContracts()}
   * @return the session; the caller closes it
   */
  <C extends VendorClient> Session<C> open(Vendor<C> vendor, CliContext context, Map<String, String> overrides,
      boolean strict) {
    if (mock) {
      MockProviders mocks = MockProviders.start(0, vendor.mock());
      try {
        Map<String, String> variables = new HashMap<>(vendor.mockVariables(mocks.baseUrl()));
        return new Session<>(strict ? vendor.strictClient(variables) : vendor.client(variables), mocks);
      } catch (RuntimeException e) {
        mocks.close();
        throw e;
      }
    }
    Map<String, String> variables = variables(vendor, context);
    variables.putAll(overrides);
    return new Session<>(strict ? vendor.strictClient(variables) : vendor.client(variables), null);
  }

  /**
   * @return the vendor's variables from the environment and the profile file
   * @throws CredentialsException when a required one is missing, or the profile file may not be used
   */
  Map<String, String> variables(Vendor<?> vendor, CliContext context) {
    String named = profile != null ? profile : blankToNull(context.environment().get(Profiles.ENV_PROFILE));
    boolean explicit = named != null || profileFile != null;
    Path file = profileFile != null ? profileFile : Profiles.defaultFile(context);
    String name = named != null ? named : Profiles.DEFAULT_PROFILE;

    Map<String, String> fromEnvironment = new HashMap<>();
    for (String variable : vendor.variables()) {
      String value = blankToNull(context.environment().get(variable));
      if (value != null) {
        fromEnvironment.put(variable, value);
      }
    }
    Map<String, String> variables = new HashMap<>();
    if (explicit) {
      if (!Files.exists(file)) {
        throw new CredentialsException("the profile file " + file + " does not exist");
      }
      Map<String, String> fromProfile = Profiles.read(file, name);
      if (fromProfile.isEmpty()) {
        throw new CredentialsException("the profile file " + file + " has no profile '" + name + "' (lines like "
            + name + "." + vendor.required.get(0) + "=...)");
      }
      variables.putAll(fromEnvironment);
      keep(vendor, fromProfile, variables);
    } else {
      boolean complete = fromEnvironment.keySet().containsAll(vendor.required);
      if (!complete && Files.exists(file)) {
        keep(vendor, Profiles.read(file, name), variables);
      }
      variables.putAll(fromEnvironment);
    }
    List<String> missing = new ArrayList<>();
    for (String variable : vendor.required) {
      if (!variables.containsKey(variable)) {
        missing.add(variable);
      }
    }
    if (!missing.isEmpty()) {
      throw new CredentialsException(vendor.name + " credentials missing: " + String.join(", ", missing)
          + (missing.size() == 1 ? " is" : " are") + " not set; set " + (missing.size() == 1 ? "it" : "them")
          + " in the environment, or as " + name + "." + missing.get(0) + "=... in the profile file " + file
          + ", or use --mock");
    }
    return variables;
  }

  private static void keep(Vendor<?> vendor, Map<String, String> from, Map<String, String> into) {
    for (String variable : vendor.variables()) {
      String value = blankToNull(from.get(variable));
      if (value != null) {
        into.put(variable, value);
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
