package io.secplat.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.secplat.britive.BritiveClient;
import io.secplat.britive.generated.api.EnvironmentsApi;
import io.secplat.britive.generated.model.EnvironmentListItem;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-request cost: {@code britive.environments().list(app)} against a hand-written
 * {@link HttpClient} call decoding the same bytes into the same generated model, on the same
 * loopback server, for a small answer (3 items, 379 B) and a ~1 MB answer. Run with {@code -t 1}
 * and {@code -t 8} (see run-jmh.sh). The layer variants split the façade's cost:
 *
 * <ul>
 *   <li>{@code raw*}: JDK HttpClient + Jackson, the baseline;
 *   <li>{@code okhttp*}: OkHttp (the façade's transport, with a read timeout as the façade has)
 *       + Jackson, no Feign;
 *   <li>{@code okhttpNoTimeout*}: the same without a read timeout: Okio then skips its
 *       per-read timeout bookkeeping (a global lock per socket read), which the JDK client and the
 *       raw baseline do not have either;
 *   <li>{@code feign*}: the generated Feign interface with OkHttp and Jackson, none of the suite's
 *       layers (no auth interceptor, error decoder, GraphQL decoder, resilience4j, logging);
 *   <li>{@code facadeNoRetry*}: the façade with {@link RetryPolicy#none()} (no resilience4j retry);
 *   <li>{@code facade*}: the façade as users get it (default retry policy).
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Benchmark)
public class RequestOverheadBenchmark {
  private static final TypeReference<List<EnvironmentListItem>> LIST = new TypeReference<>() {};
  private static final String TOKEN = "bench-token-0001";

  private LoopbackServer server;
  private BritiveClient facade;
  private BritiveClient facadeNoRetry;
  private EnvironmentsApi feign;
  private HttpClient http;
  private okhttp3.OkHttpClient okHttp;
  private okhttp3.OkHttpClient okHttpNoTimeout;
  private ObjectMapper json;
  private URI small;
  private URI large;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.start(16);
    facade = BritiveClient.builder().baseUrl(server.baseUrl()).token(Secret.of(TOKEN)).build();
    facadeNoRetry = BritiveClient.builder().baseUrl(server.baseUrl()).token(Secret.of(TOKEN))
        .retryPolicy(RetryPolicy.none()).build();
    json = Json.newMapper();
    okHttp = new okhttp3.OkHttpClient.Builder().followRedirects(false).build();
    okHttpNoTimeout = okHttp.newBuilder().readTimeout(Duration.ZERO).build();
    // Options equal to the OkHttp client's settings: otherwise feign-okhttp builds a new
    // OkHttpClient for every request (what HttpStack avoids by passing matching options).
    feign = Feign.builder().client(new feign.okhttp.OkHttpClient(okHttp))
        .options(new feign.Request.Options(10, TimeUnit.SECONDS, 10, TimeUnit.SECONDS, false))
        .encoder(new JacksonEncoder(json)).decoder(new JacksonDecoder(json))
        .requestInterceptor(t -> t.header("Authorization", "TOKEN " + TOKEN))
        .target(EnvironmentsApi.class, server.baseUrl());
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    small = URI.create(server.baseUrl() + "/api/apps/app-1/environments");
    large = URI.create(server.baseUrl() + "/api/apps/app-big/environments");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    facade.close();
    facadeNoRetry.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  // ---- small GET ----

  @Benchmark
  public List<EnvironmentListItem> facadeSmall() {
    return facade.environments().list("app-1");
  }

  @Benchmark
  public List<EnvironmentListItem> facadeNoRetrySmall() {
    return facadeNoRetry.environments().list("app-1");
  }

  @Benchmark
  public List<EnvironmentListItem> feignSmall() {
    return feign.listEnvironments("app-1");
  }

  @Benchmark
  public List<EnvironmentListItem> okhttpSmall() throws IOException {
    return okhttp(okHttp, small);
  }

  @Benchmark
  public List<EnvironmentListItem> rawSmall() throws IOException, InterruptedException {
    return raw(small);
  }

  // ---- ~1 MB GET ----

  @Benchmark
  public List<EnvironmentListItem> facadeLarge() {
    return facade.environments().list("app-big");
  }

  @Benchmark
  public List<EnvironmentListItem> feignLarge() {
    return feign.listEnvironments("app-big");
  }

  @Benchmark
  public List<EnvironmentListItem> okhttpLarge() throws IOException {
    return okhttp(okHttp, large);
  }

  @Benchmark
  public List<EnvironmentListItem> okhttpNoTimeoutLarge() throws IOException {
    return okhttp(okHttpNoTimeout, large);
  }

  @Benchmark
  public List<EnvironmentListItem> rawLarge() throws IOException, InterruptedException {
    return raw(large);
  }

  /** The hand-written call: what a careful engineer writes without the suite. */
  private List<EnvironmentListItem> raw(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET()
        .header("Authorization", "TOKEN " + TOKEN).header("Accept", "application/json").build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      return json.readValue(body, LIST);
    }
  }

  private List<EnvironmentListItem> okhttp(okhttp3.OkHttpClient client, URI uri) throws IOException {
    okhttp3.Request request = new okhttp3.Request.Builder().url(uri.toString())
        .header("Authorization", "TOKEN " + TOKEN).header("Accept", "application/json").build();
    try (okhttp3.Response response = client.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      return json.readValue(response.body().byteStream(), LIST);
    }
  }
}
