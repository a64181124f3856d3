package io.secplat.mock;

import java.util.Arrays;
import java.util.List;

/**
 * The standalone mock providers: {@code java -jar secplat-mock-providers-VERSION-standalone.jar [--port N]
 * [--bind ADDRESS] [--vendor britive,veza] [--recordings DIR]}. Serves every vendor on one port of
 * loopback by default (their paths do not collide) and runs until stopped; a recording answers
 * before the seeded state. A port that is taken, or an address that is not this machine's,
 * prints one line and exits with 2.
 */
public final class MockProvidersMain {
  private MockProvidersMain() {}

  /**
   * @param args {@code --port N} (default 8080; 0 picks a free port), {@code --bind ADDRESS}
   *     (default 127.0.0.1; 0.0.0.0 for every interface) and {@code --vendor a,b} (default: all)
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(Options.USAGE);
      return;
    }
    MockProviders mocks;
    try {
      mocks = MockProviders.start(options.bind, options.port, Vendors.named(options.vendors));
    } catch (MockStartException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (options.recordings != null) {
      mocks.loadRecordings(options.recordings);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(mocks::close));
    System.out.printf("secplat mock providers (%s) listening on %s%n", String.join(", ", options.vendors), mocks.baseUrl());
    System.out.printf("Pact provider states: POST %s (GET lists them); reset: POST %s/_secplat/reset%n",
        mocks.stateChangeUrl(), mocks.baseUrl());
    System.out.flush();
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The parsed command line. */
  static final class Options {
    static final String USAGE = "usage: java -jar secplat-mock-providers-VERSION-standalone.jar [--port N] [--bind ADDRESS] [--vendor "
        + String.join(",", Vendors.names()) + "] [--recordings DIR]";
    int port = 8080;
    String bind = MockProviders.LOOPBACK;
    List<String> vendors = Vendors.names();
    /** A recording folder ({@code secplat <vendor> record}) answered before the seeded state, or null. */
    java.nio.file.Path recordings;
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port":
            options.port = port(value(args, ++i, "--port"));
            break;
          case "--bind":
            options.bind = value(args, ++i, "--bind");
            break;
          case "--vendor":
            options.vendors = Arrays.asList(value(args, ++i, "--vendor").split(","));
            Vendors.named(options.vendors);
            break;
          case "--recordings":
            options.recordings = java.nio.file.Path.of(value(args, ++i, "--recordings"));
            if (!java.nio.file.Files.isDirectory(options.recordings.resolve("mappings"))) {
              throw new IllegalArgumentException("--recordings must name a recording folder (with mappings/ inside), was "
                  + options.recordings);
            }
            break;
          case "--help":
          case "-h":
            options.help = true;
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return options;
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }

    private static int port(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, was " + text);
      }
    }
  }
}
