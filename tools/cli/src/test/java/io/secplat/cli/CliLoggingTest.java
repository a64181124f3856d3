package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's logging, configured in code: WARN and above, on standard error, one line each. */
class CliLoggingTest {
  @Test
  void librariesSpeakOnStandardErrorOnlyWhenSomethingIsWrong() {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // what the SLF4J provider sets
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CliLogging logging = new CliLogging();
      logging.setContext(context);

      assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
      context.getLogger("com.example.lib").info("an ordinary detail");
      context.getLogger("com.example.lib").warn("something is wrong");
      context.getLogger("org.example").error("worse");
    } finally {
      context.stop();
      System.setErr(original);
    }

    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
        "WARN  com.example.lib - something is wrong" + System.lineSeparator() + "ERROR org.example - worse"
            + System.lineSeparator());
  }
}
