package io.secplat.mock.guardian;

import com.github.tomakehurst.wiremock.common.InputStreamSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The CSV and PDF documents the Guardian mock serves, generated line by line while they are sent,
 * so a report of any size costs the mock one line of memory. Only the aggregate change report's
 * columns are documented (ID, Node, Old_Summary, New_Summary); the change report uses the same
 * columns, and the other CSVs have columns of the mock's own.
 */
final class GuardianDocuments {
  static final String CHANGE_HEADER = "\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"";

  private GuardianDocuments() {}

  /**
   * Rows {@code from} (inclusive) to {@code to} (exclusive) of the change report over the given
   * nodes: row {@code i} has ID {@code i + 1} and names node {@code i % nodes}.
   */
  static InputStreamSource changeReport(List<String> nodeNames, long from, long to) {
    return csv(CHANGE_HEADER, from, to, i -> changeRow(nodeNames, i));
  }

  static String changeRow(List<String> nodeNames, long i) {
    long packages = i % 97;
    return "\"" + (i + 1) + "\",\"" + nodeNames.get((int) (i % nodeNames.size())) + "\",\"[{\"\"packages\"\":"
        + packages + "}]\",\"[{\"\"packages\"\":" + (packages + 1) + "}]\"";
  }

  static InputStreamSource csv(String header, long from, long to, LongFunction<String> row) {
    return () -> new LineStream(header, from, to, row);
  }

  /** A minimal valid PDF: the mock's stand-in for a policy results report. */
  static InputStreamSource pdf(String title) {
    String text = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + title + "\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n";
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return () -> new ByteArrayInputStream(bytes);
  }

  /** A header line and rows {@code from..to-1}, each produced when the reader gets to it. */
  private static final class LineStream extends InputStream {
    private final LongFunction<String> row;
    private final long to;
    private long next;
    private byte[] line;
    private int position;

    LineStream(String header, long from, long to, LongFunction<String> row) {
      this.row = row;
      this.to = to;
      this.next = from;
      this.line = (header + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return line[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int count = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, count);
      position += count;
      return count;
    }

    private boolean fill() {
      while (position == line.length) {
        if (next >= to) {
          return false;
        }
        line = (row.apply(next++) + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      return true;
    }
  }
}
