package io.secplat.cli;

import java.util.Iterator;
import java.util.List;

/** The formats of {@code --output}. */
enum OutputFormat {
  /** Aligned columns for people; waits for the last row to size the columns. */
  TABLE,
  /** One JSON array; rows are written as they arrive. */
  JSON,
  /** One compact JSON document per line, flushed as each row arrives: for pipes. */
  JSONL,
  /** RFC 4180 CSV with a header row (the first row's fields, or --columns), flushed as each row arrives. */
  CSV;

  /** The names {@code --output} accepts, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json", "jsonl", "csv").iterator();
    }
  }
}
