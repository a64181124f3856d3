package io.secplat.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.core.error.ResponseTooLargeException;
import io.secplat.core.pipeline.RawServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The heap cells of the hostile-server suite: in a child JVM with {@code -Xmx96m}, an endless 200
 * body and a gzip bomb (128 KiB inflating to 128 MiB) against each vendor's client with the
 * default {@code maxResponseBytes} (64 MiB) end in {@link ResponseTooLargeException}, never in
 * {@link OutOfMemoryError}.
 */
class HostileHeapTest {

  @Test
  void anEndlessBodyAndAGzipBombUnderA96MiBHeapEndInResponseTooLarge() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-Xmx96m", "-XX:+ExitOnOutOfMemoryError", "-cp",
        System.getProperty("java.class.path"), Child.class.getName()).redirectErrorStream(true).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ends within 2 minutes").isTrue();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(child.exitValue()).as(output).isZero();
    List<String> expected = new ArrayList<>();
    for (HostileServerTest.Vendor vendor : HostileServerTest.Vendor.values()) {
      expected.add(vendor + " endless: ResponseTooLargeException");
      expected.add(vendor + " gzip bomb: ResponseTooLargeException");
    }
    assertThat(output.lines().filter(l -> l.matches("[A-Z]+ (endless|gzip bomb): .*")).toList()).containsExactlyElementsOf(expected);
  }

  /** Runs in the child JVM: each vendor against each body, one line per cell. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      byte[] bomb = RawServer.response("200 OK", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
          HostileServerTest.gzipOfZeros(128));
      for (HostileServerTest.Vendor vendor : HostileServerTest.Vendor.values()) {
        run(vendor, "endless", (out, head) -> {
          out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[".getBytes(StandardCharsets.ISO_8859_1));
          byte[] piece = new byte[64 * 1024];
          java.util.Arrays.fill(piece, (byte) ' ');
          for (int i = 0; i < 2048; i++) {
            out.write(piece);
          }
        });
        run(vendor, "gzip bomb", (out, head) -> out.write(bomb));
      }
    }

    static void run(HostileServerTest.Vendor vendor, String name, RawServer.Behaviour behaviour) throws Exception {
      try (RawServer server = new RawServer(behaviour);
          AutoCloseable client = (AutoCloseable) vendor.builder.apply(server.url()).build()) {
        vendor.read.apply(client);
        System.out.println(vendor + " " + name + ": no exception");
      } catch (Exception e) {
        System.out.println(vendor + " " + name + ": " + e.getClass().getSimpleName());
      }
    }
  }
}
