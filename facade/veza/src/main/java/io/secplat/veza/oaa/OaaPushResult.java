package io.secplat.veza.oaa;

import io.secplat.veza.generated.model.OaaWarning;
import java.util.List;
import java.util.Optional;

/**
 * What a push did: the provider and data source it went to, the mode, the payload size, the
 * number of parts and Veza's warnings (findings that did not stop the push, such as identities
 * Veza cannot match).
 *
 * @param providerId the provider id
 * @param dataSourceId the data source id
 * @param mode plain, compressed or multipart
 * @param payloadBytes the size of the JSON payload
 * @param parts the number of parts (0 unless multipart)
 * @param uploadId the multipart upload id, if multipart
 * @param warnings Veza's warnings, possibly empty
 */
public record OaaPushResult(String providerId, String dataSourceId, OaaPushMode mode, long payloadBytes, int parts,
    Optional<String> uploadId, List<OaaWarning> warnings) {
  /** Copies the warnings. */
  public OaaPushResult {
    warnings = List.copyOf(warnings);
  }
}
