package io.secplat.veza;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.core.paging.TokenPaging;
import io.secplat.veza.generated.api.OaaDataSourcesApi;
import io.secplat.veza.generated.api.OaaProvidersApi;
import io.secplat.veza.generated.model.CreateCustomDataSourceRequest;
import io.secplat.veza.generated.model.CreateCustomProviderRequest;
import io.secplat.veza.generated.model.CustomDataSource;
import io.secplat.veza.generated.model.CustomProvider;
import io.secplat.veza.generated.model.ListCustomDataSourcesResponse;
import io.secplat.veza.generated.model.ListCustomProvidersResponse;
import io.secplat.veza.generated.model.UpdateCustomProviderIconRequest;
import io.secplat.veza.generated.model.UpdateCustomProviderRequest;
import io.secplat.veza.oaa.OaaPayload;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import io.secplat.veza.oaa.OaaUploadAbandonedException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Veza's Open Authorization API: custom providers, their data sources, and pushing payloads.
 *
 * <pre>{@code
 * OaaPushResult result = veza.oaa().push("Acme Portal", "acme-prod", app,
 *     OaaPushOptions.defaults().withCreateProvider(true));
 * result.warnings().forEach(w -> System.out.println(w.getMessage()));
 * }</pre>
 *
 * <p>{@link #push} finds (or creates) the provider and the data source, checks the payload, then
 * streams it: plainly when small, gzip-compressed, or as a multipart upload when large. Reads,
 * deletes, the icon and the multipart steps are retried; creates and pushes are not.
 */
public final class Oaa {
  /** The characters Veza allows in provider and data source names (oaaclient's ALLOWED_CHARACTERS). */
  private static final Pattern NAME = Pattern.compile("^[ @#$%&*:()!,a-zA-Z0-9_'\"=.-]+$");
  /** oaaclient's PROVIDER_ICON_MAX_SIZE, applied to the base64 text. */
  private static final int MAX_ICON_CHARS = 64_000;
  private static final int PAGE_SIZE = 250;
  private final OaaProvidersApi providers;
  private final OaaDataSourcesApi dataSources;
  private final OaaPushFlow flow;

  Oaa(OaaProvidersApi providers, OaaDataSourcesApi dataSources, ObjectMapper json) {
    this.providers = providers;
    this.dataSources = dataSources;
    this.flow = new OaaPushFlow(dataSources, json);
  }

  /** @return every custom provider, fetched lazily page by page */
  @Operation("ListCustomProviders")
  public PagedIterable<CustomProvider> providers() {
    return TokenPaging.iterate(token -> {
      ListCustomProvidersResponse page = providers.listCustomProviders(null, PAGE_SIZE, token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    });
  }

  /**
   * @param name a provider name
   * @return the provider of that name, if any
   */
  @Operation("ListCustomProviders")
  public Optional<CustomProvider> findProvider(String name) {
    String filter = nameFilter("name", name);
    return TokenPaging.iterate(token -> {
      ListCustomProvidersResponse page = providers.listCustomProviders(filter, PAGE_SIZE, token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    }).stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  /**
   * @param providerId a provider id
   * @return the provider
   * @throws io.secplat.core.error.NotFoundException when there is none
   */
  @Operation("GetCustomProvider")
  public CustomProvider provider(String providerId) {
    return providers.getCustomProvider(Arguments.requirePathSegment("providerId", providerId)).getValue();
  }

  /**
   * @param name the new provider's name (letters, digits, spaces and {@code @#$%&*:()!,_'"=.-})
   * @param template the OAA template: {@code application}, {@code identity_provider}, {@code hris}
   * @return the created provider
   */
  @Operation("CreateCustomProvider")
  public CustomProvider createProvider(String name, String template) {
    requireName("name", name);
    return providers.createCustomProvider(new CreateCustomProviderRequest().name(name)
        .customTemplate(Arguments.requireNonBlank("template", template))).getValue();
  }

  /**
   * @param providerId a provider id
   * @param image the icon image (PNG or SVG bytes); at most 64,000 characters once base64-encoded
   */
  @Operation("UpdateCustomProviderIcon")
  public void setProviderIcon(String providerId, byte[] image) {
    Arguments.requirePathSegment("providerId", providerId);
    String base64 = Base64.getEncoder().encodeToString(Arguments.requireNonNull("image", image));
    if (image.length == 0 || base64.length() > MAX_ICON_CHARS) {
      throw new IllegalArgumentException("image must be 1 to " + MAX_ICON_CHARS + " characters once base64-encoded, was "
          + base64.length());
    }
    providers.updateCustomProviderIcon(providerId, new UpdateCustomProviderIconRequest().iconBase64(base64));
  }

  /**
   * @param providerId an HRIS provider id
   * @param provisioning true to make it a Lifecycle Management source of record
   * @return the updated provider
   */
  @Operation("UpdateCustomProviderProvisioning")
  public CustomProvider setProvisioning(String providerId, boolean provisioning) {
    return providers.updateCustomProviderProvisioning(Arguments.requirePathSegment("providerId", providerId),
        new UpdateCustomProviderRequest().provisioning(provisioning)).getValue();
  }

  /**
   * Deletes a provider with its data sources; Veza finishes in the background (state DELETING).
   *
   * @param providerId a provider id
   */
  @Operation("DeleteCustomProvider")
  public void deleteProvider(String providerId) {
    providers.deleteCustomProvider(Arguments.requirePathSegment("providerId", providerId));
  }

  /** @return the OAA templates providers can be created with, as Veza describes them */
  @Operation("ListCustomProviderTemplates")
  public List<Map<String, Object>> templates() {
    List<Map<String, Object>> values = providers.listCustomProviderTemplates().getValues();
    return values == null ? List.of() : values;
  }

  /**
   * @param providerId a provider id
   * @return its data sources, fetched lazily page by page
   */
  @Operation("ListCustomDataSources")
  public PagedIterable<CustomDataSource> dataSources(String providerId) {
    Arguments.requirePathSegment("providerId", providerId);
    return TokenPaging.iterate(token -> {
      ListCustomDataSourcesResponse page = dataSources.listCustomDataSources(providerId, null, PAGE_SIZE, token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    });
  }

  /**
   * @param providerId a provider id
   * @param name a data source name
   * @return the data source of that name under the provider, if any
   */
  @Operation("ListCustomDataSources")
  public Optional<CustomDataSource> findDataSource(String providerId, String name) {
    Arguments.requirePathSegment("providerId", providerId);
    String filter = nameFilter("name", name);
    return TokenPaging.iterate(token -> {
      ListCustomDataSourcesResponse page = dataSources.listCustomDataSources(providerId, filter, PAGE_SIZE, token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    }).stream().filter(d -> name.equals(d.getName())).findFirst();
  }

  /**
   * @param providerId a provider id
   * @param dataSourceId a data source id
   * @return the data source, with the parse status of its last push
   */
  @Operation("GetCustomDataSource")
  public CustomDataSource dataSource(String providerId, String dataSourceId) {
    return dataSources.getCustomDataSource(Arguments.requirePathSegment("providerId", providerId),
        Arguments.requirePathSegment("dataSourceId", dataSourceId)).getValue();
  }

  /**
   * @param providerId a provider id
   * @param name the data source name (same characters as provider names)
   * @return the created data source
   */
  @Operation("CreateCustomDataSource")
  public CustomDataSource createDataSource(String providerId, String name) {
    Arguments.requirePathSegment("providerId", providerId);
    requireName("name", name);
    return dataSources.createCustomDataSource(providerId, new CreateCustomDataSourceRequest().name(name).id(providerId))
        .getValue();
  }

  /**
   * @param providerId a provider id
   * @param dataSourceId the data source to delete with everything pushed to it
   */
  @Operation("DeleteCustomDataSource")
  public void deleteDataSource(String providerId, String dataSourceId) {
    dataSources.deleteCustomDataSource(Arguments.requirePathSegment("providerId", providerId),
        Arguments.requirePathSegment("dataSourceId", dataSourceId));
  }

  /**
   * Pushes with {@link OaaPushOptions#defaults()}; the provider must exist.
   *
   * @param providerName the provider's name
   * @param dataSourceName the data source's name; created when missing
   * @param payload the payload
   * @return what was pushed and Veza's warnings
   */
  @Operation("ListCustomProviders")
  @Operation("ListCustomDataSources")
  @Operation("CreateCustomDataSource")
  @Operation("PushCustomDataSource")
  @Operation("PushCustomDataSourceParts")
  public OaaPushResult push(String providerName, String dataSourceName, OaaPayload payload) {
    return push(providerName, dataSourceName, payload, OaaPushOptions.defaults());
  }

  /**
   * Finds or creates the provider and the data source, checks the payload (unless told not to),
   * then streams it plainly, compressed or in parts by its size.
   *
   * @param providerName the provider's name
   * @param dataSourceName the data source's name; created when missing
   * @param payload the payload
   * @param options thresholds, provider creation, checking and progress
   * @return what was pushed and Veza's warnings
   * @throws io.secplat.veza.oaa.OaaPayloadException naming the first element Veza would refuse,
   *     before any request when the payload is checked first
   * @throws OaaUploadAbandonedException when a multipart step failed after its retries; the
   *     upload was never completed and can be resumed with {@link #resume}
   * @throws IllegalStateException when the provider is missing (and not to be created) or has
   *     another template than the payload
   */
  @Operation("ListCustomProviders")
  @Operation("CreateCustomProvider")
  @Operation("ListCustomDataSources")
  @Operation("CreateCustomDataSource")
  @Operation("PushCustomDataSource")
  @Operation("PushCustomDataSourceParts")
  public OaaPushResult push(String providerName, String dataSourceName, OaaPayload payload, OaaPushOptions options) {
    requireName("providerName", providerName);
    requireName("dataSourceName", dataSourceName);
    Arguments.requireNonNull("payload", payload);
    Arguments.requireNonNull("options", options);
    if (options.checkBeforeSending()) {
      flow.check(payload);
    }
    CustomProvider provider = findProvider(providerName).orElseGet(() -> {
      if (!options.createProvider()) {
        throw new IllegalStateException("no custom provider named " + providerName
            + "; create it or push with OaaPushOptions.withCreateProvider(true)");
      }
      return createProvider(providerName, payload.template());
    });
    if (provider.getCustomTemplate() != null && !provider.getCustomTemplate().equals(payload.template())) {
      throw new IllegalStateException("provider " + providerName + " has template " + provider.getCustomTemplate()
          + " but the payload is of template " + payload.template());
    }
    CustomDataSource dataSource = findDataSource(provider.getId(), dataSourceName)
        .orElseGet(() -> createDataSource(provider.getId(), dataSourceName));
    return flow.send(provider.getId(), dataSource.getId(), payload, options);
  }

  /**
   * Resumes an abandoned multipart upload: writes the same payload again, skips the parts Veza
   * acknowledged, sends the rest and completes the upload.
   *
   * @param abandoned the failure of the earlier push
   * @param payload the same payload (it must write the same bytes)
   * @param options the listener is used; the part size is the upload's own
   * @return what was pushed and Veza's warnings
   */
  @Operation("PushCustomDataSourceParts")
  public OaaPushResult resume(OaaUploadAbandonedException abandoned, OaaPayload payload, OaaPushOptions options) {
    return flow.resume(Arguments.requireNonNull("abandoned", abandoned), Arguments.requireNonNull("payload", payload),
        Arguments.requireNonNull("options", options));
  }

  private static void requireName(String argument, String name) {
    Arguments.requireNonBlank(argument, name);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(argument + " \"" + name
          + "\" may only hold letters, digits, spaces and @#$%&*:()!,_'\"=.-");
    }
  }

  private static String nameFilter(String field, String name) {
    requireName(field, name);
    return field + " eq \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
