package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import io.secplat.jupiterone.generated.model.SyncGraphObjectRef;
import io.secplat.jupiterone.generated.model.SyncUploadRequest;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The body a batch is written into is byte for byte what the mapper writes for the envelope. */
class BatchBodyTest {
  private final ObjectMapper json = Json.newMapper();

  private byte[] written(Function<List<SyncGraphObjectRef>, SyncUploadRequest> envelope, List<SyncGraphObjectRef> refs)
      throws Exception {
    BatchBody body = new BatchBody(json.writeValueAsString(envelope.apply(List.of())));
    for (SyncGraphObjectRef ref : refs) {
      byte[] object = json.writeValueAsBytes(ref);
      long expected = body.sizeWith(object.length);
      body.add(object);
      assertThat(body.size()).isEqualTo(expected);
    }
    assertThat(body.count()).isEqualTo(refs.size());
    long size = body.size();
    byte[] bytes = body.takeBytes();
    assertThat(bytes).hasSize((int) size);
    assertThat(body.size()).isEqualTo(body.emptySize());
    return bytes;
  }

  @Test
  void writesWhatTheMapperWritesForEveryEnvelope() throws Exception {
    List<SyncGraphObjectRef> refs = List.of(new SyncGraphObjectRef().key("k-1"), new SyncGraphObjectRef().id("i-\"2\" é"));
    Function<List<SyncGraphObjectRef>, SyncUploadRequest> entities = list -> new SyncUploadRequest().deleteEntities(list);
    Function<List<SyncGraphObjectRef>, SyncUploadRequest> relationships = list -> new SyncUploadRequest().deleteRelationships(list);

    assertThat(written(entities, refs)).isEqualTo(json.writeValueAsBytes(entities.apply(refs)));
    assertThat(written(relationships, refs.subList(0, 1))).isEqualTo(json.writeValueAsBytes(relationships.apply(refs.subList(0, 1))));
    assertThat(written(entities, List.of())).isEqualTo(json.writeValueAsBytes(entities.apply(List.of())));
  }

  @Test
  void anEnvelopeWithoutExactlyOneListIsRefused() {
    assertThatThrownBy(() -> new BatchBody("{\"entities\":[],\"relationships\":[]}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one empty list");
    assertThatThrownBy(() -> new BatchBody("{}")).isInstanceOf(IllegalStateException.class);
  }
}
