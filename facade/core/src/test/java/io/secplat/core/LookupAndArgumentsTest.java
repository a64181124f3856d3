package io.secplat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.ServerException;
import org.junit.jupiter.api.Test;

class LookupAndArgumentsTest {
  static ErrorDetails details(int status) {
    return new ErrorDetails("Demo", "GET", "/things/lookup.json", status, null, "Not Found", null, null);
  }

  @Test
  void aHitIsPresent() {
    assertThat(Lookup.optional(() -> 42L)).contains(42L);
  }

  @Test
  void aNotFoundAnswerIsAnEmptyOptional() {
    assertThat(Lookup.optional(() -> {
      throw new NotFoundException(details(404), null);
    })).isEmpty();
  }

  @Test
  void aNullAnswerIsAnEmptyOptional() {
    assertThat(Lookup.optional(() -> null)).isEmpty();
  }

  @Test
  void otherFailuresStillThrow() {
    assertThatThrownBy(() -> Lookup.optional(() -> {
      throw new ServerException(details(500), null);
    })).isInstanceOf(ServerException.class);
  }

  @Test
  void numericIdsMustBePositive() {
    assertThat(Arguments.requirePositive("nodeId", 7L)).isEqualTo(7L);
    assertThatThrownBy(() -> Arguments.requirePositive("nodeId", 0L))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nodeId must be positive, was 0");
    assertThatThrownBy(() -> Arguments.requirePositive("nodeId", -3L))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nodeId must be positive, was -3");
  }
}
