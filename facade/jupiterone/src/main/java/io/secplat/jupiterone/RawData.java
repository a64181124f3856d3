package io.secplat.jupiterone;

import io.secplat.core.Operation;
import io.secplat.core.PathSegment;
import io.secplat.jupiterone.generated.api.RawDataApi;
import io.secplat.jupiterone.generated.model.RawDataEntriesResponse;
import io.secplat.jupiterone.generated.model.RawDataEntryVersionsResponse;
import io.secplat.jupiterone.generated.model.RawDataVersionsResponse;
import java.util.Map;

/**
 * The raw data JupiterOne keeps for an entity (REST, on the API host).
 *
 * <pre>{@code
 * j1.rawData().entries(entityId).getEntries().keySet().forEach(System.out::println);
 * Map<String, Object> latest = j1.rawData().latest(entityId, "default");
 * }</pre>
 */
public final class RawData {
  private final RawDataApi api;

  RawData(RawDataApi api) {
    this.api = api;
  }

  /**
   * @param entityId the entity's _id
   * @return the latest version's metadata of every raw data entry, by entry name
   */
  @Operation("getEntityRawDataEntries")
  public RawDataEntriesResponse entries(String entityId) {
    return api.getEntityRawDataEntries(PathSegment.of("entityId", entityId));
  }

  /**
   * @param entityId the entity's _id
   * @return every version's metadata of every raw data entry, by entry name
   */
  @Operation("getEntityRawDataVersions")
  public RawDataVersionsResponse versions(String entityId) {
    return api.getEntityRawDataVersions(PathSegment.of("entityId", entityId));
  }

  /**
   * @param entityId the entity's _id
   * @param entryName the entry's name
   * @return every version's metadata of that entry
   */
  @Operation("getEntityRawDataEntryVersions")
  public RawDataEntryVersionsResponse entryVersions(String entityId, String entryName) {
    String entity = PathSegment.of("entityId", entityId);
    return api.getEntityRawDataEntryVersions(entity, PathSegment.of("entryName", entryName));
  }

  /**
   * @param entityId the entity's _id
   * @param entryName the entry's name
   * @return the latest raw data of that entry (JSON entries; other content types are not decoded)
   */
  @Operation("downloadEntityRawDataEntryLatest")
  public Map<String, Object> latest(String entityId, String entryName) {
    String entity = PathSegment.of("entityId", entityId);
    return api.downloadEntityRawDataEntryLatest(entity, PathSegment.of("entryName", entryName));
  }
}
