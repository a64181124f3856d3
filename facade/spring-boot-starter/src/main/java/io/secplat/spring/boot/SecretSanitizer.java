package io.secplat.spring.boot;

import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the suite's credentials in {@code /actuator/configprops} and {@code /actuator/env}, even
 * with {@code show-values: always}: {@code secplat.<vendor>.token}, {@code api-key},
 * {@code secret-key} (in any relaxed form, environment variables included).
 */
final class SecretSanitizer implements SanitizingFunction {
  private static final Pattern SECRET = Pattern.compile(
      "(?i)^secplat[._][a-z0-9]+[._](token|api-?key|api_key|secret-?key|secret_key)$");

  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = data.getKey();
    return key != null && SECRET.matcher(key).matches() ? data.withSanitizedValue() : data;
  }
}
