package io.secplat.jupiterone;

import feign.Headers;
import feign.RequestLine;
import io.secplat.jupiterone.generated.model.DeferredQueryResult;
import io.secplat.jupiterone.generated.model.DeferredQueryState;
import java.net.URI;

/**
 * The two opaque links of a deferred J1QL query ({@code x-jupiterone-opaque-urls} of the REST
 * spec): fetched with GET at the URL the server handed out. Reads, so retried as usual.
 */
interface DeferredLinks {

  @RequestLine("GET")
  @Headers("Accept: application/json")
  DeferredQueryState state(URI url);

  @RequestLine("GET")
  @Headers("Accept: application/json")
  DeferredQueryResult results(URI url);
}
