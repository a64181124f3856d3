package io.secplat.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import io.secplat.veza.oaa.OaaPayload;
import io.secplat.veza.oaa.OaaPushListener;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code secplat veza oaa providers|data-sources|push}: Veza's Open Authorization API. {@code push}
 * streams a payload file (custom application, identity provider or HRIS JSON) to a data source,
 * plainly, compressed or in parts by its size, with a progress bar on standard error for multipart
 * pushes, and prints the mode and Veza's warnings.
 */
@Command(name = "oaa", mixinStandardHelpOptions = true,
    description = "Open Authorization API: list custom providers and data sources, push payloads.")
final class VezaOaaCommand extends ReadCommand.Veza {
  private static final ObjectMapper JSON = Json.newMapper();

  @Command(name = "providers", mixinStandardHelpOptions = true, description = "List the custom providers.")
  int providers(@Mixin OutputOptions output) {
    return read(output, client -> client.oaa().providers());
  }

  @Command(name = "provider", mixinStandardHelpOptions = true, description = "Show one custom provider.")
  int provider(@Parameters(index = "0", paramLabel = "PROVIDER_ID", description = "The provider's id.") String id,
      @Mixin OutputOptions output) {
    return read(output, client -> client.oaa().provider(id));
  }

  @Command(name = "templates", mixinStandardHelpOptions = true, description = "List the OAA templates providers can use.")
  int templates(@Mixin OutputOptions output) {
    return read(output, client -> client.oaa().templates());
  }

  @Command(name = "data-source", mixinStandardHelpOptions = true,
      description = "Show one data source, with the parse status of its last push.")
  int dataSource(@Parameters(index = "0", paramLabel = "PROVIDER_ID", description = "The provider's id.") String providerId,
      @Parameters(index = "1", paramLabel = "DATA_SOURCE_ID", description = "The data source's id.") String id,
      @Mixin OutputOptions output) {
    return read(output, client -> client.oaa().dataSource(providerId, id));
  }

  @Command(name = "data-sources", mixinStandardHelpOptions = true, description = "List the data sources of a provider.")
  int dataSources(@Option(names = "--provider", required = true, paramLabel = "NAME", description = "The provider's name.")
      String provider, @Mixin OutputOptions output) {
    return read(output, client -> client.oaa().findProvider(provider)
        .map(p -> client.oaa().dataSources(p.getId()))
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "no custom provider named " + provider)));
  }

  @Command(name = "push", mixinStandardHelpOptions = true,
      description = "Push an OAA payload file to a data source (created when missing).")
  int push(@Parameters(index = "0", paramLabel = "PAYLOAD", description = "The OAA payload, a JSON file.") Path file,
      @Option(names = "--provider", required = true, paramLabel = "NAME", description = "The custom provider's name.")
      String provider,
      @Option(names = "--data-source", required = true, paramLabel = "NAME", description = "The data source's name.")
      String dataSource,
      @Option(names = "--create-provider", description = "Create the provider when it does not exist.")
      boolean createProvider,
      @Option(names = "--template", defaultValue = "application", paramLabel = "TEMPLATE",
          description = "The payload's template: application, identity_provider or hris (default: ${DEFAULT-VALUE}).")
      String template) {
    if (!Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), "cannot read " + file);
    }
    Progress bar;
    try {
      bar = Commands.context(spec).progress(spec.commandLine().getErr(), Files.size(file), "bytes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OaaPushOptions options = OaaPushOptions.defaults().withCreateProvider(createProvider)
        .withCheckBeforeSending(false).withListener(new OaaPushListener() {
          @Override
          public void partSent(int sequenceNumber, long payloadBytesSent) {
            bar.show(payloadBytesSent);
          }
        });
    OaaPushResult result;
    try {
      result = call(client -> client.oaa().push(provider, dataSource, new FilePayload(template, file), options));
    } finally {
      bar.done();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("pushed %d bytes to %s/%s (%s%s), %d warning(s)%n", result.payloadBytes(), provider, dataSource,
        result.mode().name().toLowerCase(java.util.Locale.ROOT),
        result.parts() > 0 ? ", " + result.parts() + " parts" : "", result.warnings().size());
    result.warnings().forEach(w -> out.println("  warning: " + w.getMessage()));
    out.flush();
    return ExitCode.OK.code;
  }

  /** A payload file, copied token by token into the push: never held in memory as a whole. */
  private record FilePayload(String template, Path file) implements OaaPayload {
    @Override
    public void writeTo(com.fasterxml.jackson.core.JsonGenerator json) throws IOException {
      try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException(file + " is not a JSON object");
        }
        json.copyCurrentStructure(parser);
      }
    }
  }
}
