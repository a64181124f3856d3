package io.secplat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.britive.BritiveClient;
import io.secplat.core.VendorClient;
import io.secplat.core.http.Json;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.Scope;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.VezaClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The one mechanism behind read commands: a resource command extends this (through its vendor's
 * {@link Guardian}, {@link Veza}, {@link JupiterOne} or {@link Britive}), and each of its actions
 * is a method that names one façade call, for example
 *
 * <pre>{@code
 * @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one change request.")
 * int get(@Parameters(paramLabel = "ID", description = "The change request's id.") long id, @Mixin OutputOptions output) {
 *   return read(output, guardian -> guardian.changeRequests().get(id));
 * }
 * }</pre>
 *
 * <p>What the call returns decides what is printed: an {@link Iterable} (a list, a lazily paged
 * {@code PagedIterable}) or a {@link Stream} is written row by row as pages arrive, up to
 * {@code --limit}; an {@link Optional} is its value, or exit code 3 and {@code not found} on standard
 * error when empty; {@code null} (a void call) prints nothing; anything else (a model, a map) is one row.
 *
 * @param <C> the vendor's client
 */
abstract class ReadCommand<C extends VendorClient> {
  private final Vendor<C> vendor;

  @Spec
  CommandSpec spec;

  ReadCommand(Vendor<C> vendor) {
    this.vendor = vendor;
  }

  /** Guardian resources. */
  abstract static class Guardian extends ReadCommand<GuardianClient> {
    Guardian() {
      super(Vendor.GUARDIAN);
    }
  }

  /** Veza resources. */
  abstract static class Veza extends ReadCommand<VezaClient> {
    Veza() {
      super(Vendor.VEZA);
    }
  }

  /** JupiterOne resources. */
  abstract static class JupiterOne extends ReadCommand<JupiterOneClient> {
    JupiterOne() {
      super(Vendor.JUPITERONE);
    }
  }

  /** Britive resources. */
  abstract static class Britive extends ReadCommand<BritiveClient> {
    Britive() {
      super(Vendor.BRITIVE);
    }
  }

  /** {@code --limit}, for commands whose call may return many rows. */
  static final class Limit {
    @Option(names = "--limit", paramLabel = "N", description = "Print at most this many rows (default: all).")
    long value = Long.MAX_VALUE;
  }

  /**
   * Which part of a Guardian organisation: at most one of {@code --environment}, {@code --node-group},
   * {@code --node}; taken as an exclusive argument group,
   * {@code @ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope}, which is null when
   * none is given (the whole organisation).
   */
  static final class ScopeOptions {
    @Option(names = "--environment", paramLabel = "ENVIRONMENT_ID", description = "Only this environment.")
    Long environment;

    @Option(names = "--node-group", paramLabel = "NODE_GROUP_ID", description = "Only this node group.")
    Long nodeGroup;

    @Option(names = "--node", paramLabel = "NODE_ID", description = "Only this node.")
    Long node;

    /** @return the chosen scope, the organisation when {@code options} is null */
    static Scope of(ScopeOptions options) {
      if (options == null) {
        return Scope.organisation();
      }
      if (options.environment != null) {
        return Scope.environment(options.environment);
      }
      return options.nodeGroup != null ? Scope.nodeGroup(options.nodeGroup) : Scope.node(options.node);
    }
  }

  /** The mapper of request files, built on first use: most commands read none. */
  private static final class RequestJson {
    static final ObjectMapper MAPPER = Json.newMapper();
  }

  /** A request body read from {@code --file} (the vendor's JSON). */
  static final class RequestFile {
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The request, as the vendor's JSON.")
    Path file;

    /** @return the file decoded as the request type */
    <T> T as(Class<T> type) {
      try {
        return RequestJson.MAPPER.readValue(file.toFile(), type);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the request " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Makes one call and prints all it returns. @return the exit code */
  int read(OutputOptions output, Function<? super C, ?> call) {
    return read(output, Long.MAX_VALUE, call);
  }

  /** Makes one call and prints at most {@code limit} of its rows. @return the exit code */
  int read(OutputOptions output, Limit limit, Function<? super C, ?> call) {
    return read(output, limit.value, call);
  }

  /** Makes one call and prints at most {@code limit} of its rows. @return the exit code */
  int read(OutputOptions output, long limit, Function<? super C, ?> call) {
    try (ConnectionOptions.Session<C> session = Commands.open(spec, vendor)) {
      return print(spec, output, limit, call.apply(session.client));
    }
  }

  /**
   * Makes one call that changes something and prints what was done.
   *
   * @param call the façade call
   * @param done the line printed once it returned
   * @return the exit code
   */
  int run(java.util.function.Consumer<? super C> call, String done) {
    return run(client -> {
      call.accept(client);
      return null;
    }, ignored -> done);
  }

  /**
   * Makes one call and prints one line made from what it returned.
   *
   * @param call the façade call
   * @param line the line to print for its result
   * @param <T> what the call returns
   * @return the exit code
   */
  <T> int run(Function<? super C, T> call, Function<? super T, String> line) {
    println(line.apply(call(call)));
    return ExitCode.OK.code;
  }

  /**
   * Makes one call whose result is complete when it returns (not a lazily paged one: the client
   * is closed before this returns).
   *
   * @param call the façade call
   * @param <T> what it returns
   * @return what it returned
   */
  <T> T call(Function<? super C, T> call) {
    try (ConnectionOptions.Session<C> session = Commands.open(spec, vendor)) {
      return call.apply(session.client);
    }
  }

  /** Prints one line on standard output. */
  void println(String line) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(line);
    out.flush();
  }

  /**
   * Makes a lookup call and prints the id it finds, or {@code not found} with exit code 3.
   *
   * @return the exit code
   */
  int lookup(Function<? super C, Optional<?>> call) {
    Optional<?> found = call(call);
    println(found.map(String::valueOf).orElse("not found"));
    return found.isPresent() ? ExitCode.OK.code : ExitCode.NOT_FOUND.code;
  }

  /**
   * Prints what a façade call returned.
   *
   * @param spec the running command
   * @param output where and how
   * @param limit at most this many rows
   * @param result what the call returned
   * @return the exit code
   */
  static int print(CommandSpec spec, OutputOptions output, long limit, Object result) {
    Object value = result;
    if (value instanceof Optional<?> optional) {
      if (optional.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("not found");
        err.flush();
        return ExitCode.NOT_FOUND.code;
      }
      value = optional.get();
    }
    if (value == null) {
      return ExitCode.OK.code;
    }
    if (value instanceof Iterable<?> rows) {
      output.write(rows, limit);
    } else if (value instanceof Stream<?> rows) {
      output.write(rows, limit);
    } else {
      output.writeOne(value);
    }
    return ExitCode.OK.code;
  }
}
