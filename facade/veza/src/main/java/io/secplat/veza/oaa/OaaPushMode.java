package io.secplat.veza.oaa;

/** How a payload travelled to Veza. */
public enum OaaPushMode {
  /** One {@code :push} with the JSON text in {@code json_data}. */
  PLAIN,
  /** One {@code :push} with base64 of the gzip-compressed JSON and {@code compression_type: GZIP}. */
  COMPRESSED,
  /** A {@code :parts} upload: start, one upload per part, complete. */
  MULTIPART
}
