package consumer;

import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import java.util.List;
import java.util.stream.Collectors;

/** The service's own code: the names of Veza's saved queries. */
public final class SavedQueries {
  private final VezaClient veza;

  public SavedQueries(VezaClient veza) {
    this.veza = veza;
  }

  public List<String> names() {
    return veza.savedQueries().list(QueryListOptions.defaults()).stream().map(q -> q.getName())
        .collect(Collectors.toList());
  }
}
