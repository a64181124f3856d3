package consumer;

import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The service: its own bean over the starter's VezaClient (configured by secplat.veza.*). */
@SpringBootApplication
public class ReviewApplication {
  @Bean
  SavedQueries savedQueries(VezaClient veza) {
    return new SavedQueries(veza);
  }

  /** The service's own bean. */
  public static final class SavedQueries {
    private final VezaClient veza;

    SavedQueries(VezaClient veza) {
      this.veza = veza;
    }

    public List<String> names() {
      return veza.savedQueries().list(QueryListOptions.defaults()).stream().map(q -> q.getName())
          .collect(Collectors.toList());
    }
  }
}
