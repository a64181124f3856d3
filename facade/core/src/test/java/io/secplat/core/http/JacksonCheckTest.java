package io.secplat.core.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

class JacksonCheckTest {

  static Version databind(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
  }

  @Test
  void theJacksonOnTheBuildClasspathIsSupported() {
    assertThatCode(JacksonCheck::requireSupported).doesNotThrowAnyException();
  }

  @Test
  void anOlderJacksonFailsFastNamingWhatWasFoundAndWhatIsNeeded() {
    assertThatThrownBy(() -> JacksonCheck.requireSupported(databind(2, 12, 7)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secplat needs jackson-databind 2.15 or newer 2.x on the classpath, but found 2.12.7; "
            + "align Jackson with the version secplat declares (import com.fasterxml.jackson:jackson-bom "
            + "or let secplat's dependency win)");
  }

  @Test
  void anotherMajorVersionIsRefusedToo() {
    assertThatThrownBy(() -> JacksonCheck.requireSupported(databind(3, 0, 0))).hasMessageContaining("found 3.0.0");
    assertThatCode(() -> JacksonCheck.requireSupported(databind(2, 15, 0))).doesNotThrowAnyException();
  }
}
