package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four --output formats, written by the one RowWriter, and the default that depends on the terminal. */
class OutputFormatTest {
  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  static final List<Map<String, Object>> ROWS = List.of(
      row("id", 1, "name", "web, \"front\"", "tags", List.of("a", "b")),
      row("id", 22, "name", "db", "owner", "ops"));

  static String write(OutputFormat format, List<String> columns, List<?> rows) {
    StringWriter text = new StringWriter();
    try (RowWriter writer = new RowWriter(new PrintWriter(text), format, columns)) {
      rows.forEach(writer::row);
    }
    return text.toString();
  }

  @Test
  void jsonlIsOneCompactDocumentPerLine() {
    assertThat(write(OutputFormat.JSONL, null, ROWS))
        .isEqualTo("{\"id\":1,\"name\":\"web, \\\"front\\\"\",\"tags\":[\"a\",\"b\"]}\n{\"id\":22,\"name\":\"db\",\"owner\":\"ops\"}\n");
  }

  @Test
  void columnsProjectJsonRowsToo() {
    assertThat(write(OutputFormat.JSONL, List.of("name", "owner"), ROWS))
        .isEqualTo("{\"name\":\"web, \\\"front\\\"\",\"owner\":null}\n{\"name\":\"db\",\"owner\":\"ops\"}\n");
    assertThat(write(OutputFormat.JSON, List.of("id"), ROWS)).isEqualTo("[\n{\"id\":1},\n{\"id\":22}\n]\n");
  }

  @Test
  void aClosedPipeStopsTheWriting() {
    PrintWriter closed = new PrintWriter(new java.io.Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws java.io.IOException {
        throw new java.io.IOException("Broken pipe");
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
    RowWriter writer = new RowWriter(closed, OutputFormat.JSONL, null);
    assertThat(writer.broken()).isFalse();
    writer.row(ROWS.get(0));
    assertThat(writer.broken()).isTrue();
  }

  @Test
  void jsonIsOneArray() {
    assertThat(write(OutputFormat.JSON, null, ROWS))
        .isEqualTo("[\n{\"id\":1,\"name\":\"web, \\\"front\\\"\",\"tags\":[\"a\",\"b\"]}"
            + ",\n{\"id\":22,\"name\":\"db\",\"owner\":\"ops\"}\n]\n");
    assertThat(write(OutputFormat.JSON, null, List.of())).isEqualTo("[]\n");
  }

  @Test
  void csvTakesItsHeaderFromTheFirstRowOrColumnsAndQuotesAsRfc4180() {
    assertThat(write(OutputFormat.CSV, null, ROWS))
        .isEqualTo("id,name,tags\r\n1,\"web, \"\"front\"\"\",\"[\"\"a\"\",\"\"b\"\"]\"\r\n22,db,\r\n");
    assertThat(write(OutputFormat.CSV, List.of("owner", "id"), ROWS)).isEqualTo("owner,id\r\n,1\r\nops,22\r\n");
    assertThat(write(OutputFormat.CSV, null, List.of())).isEmpty();
  }

  @Test
  void aTableAlignsTheUnionOfAllFields() {
    assertThat(write(OutputFormat.TABLE, null, ROWS)).isEqualTo(
        "id  name          tags       owner\n"
            + "1   web, \"front\"  [\"a\",\"b\"]\n"
            + "22  db                       ops\n");
    assertThat(write(OutputFormat.TABLE, List.of("name"), ROWS)).isEqualTo("name\nweb, \"front\"\ndb\n");
    assertThat(write(OutputFormat.TABLE, null, List.of())).isEmpty();
  }

  @Test
  void aTableCutsLongCellsAndScalarRowsBecomeAValueColumn() {
    assertThat(write(OutputFormat.TABLE, null, List.of(row("text", "x".repeat(80)))))
        .isEqualTo("text\n" + "x".repeat(59) + "…\n");
    assertThat(write(OutputFormat.CSV, null, List.of("a", "b"))).isEqualTo("value\r\na\r\nb\r\n");
  }

  @Test
  void theDefaultIsATableOnATerminalAndJsonLinesOtherwise() {
    String[] args = {"veza", "--mock", "queries", "list", "--limit", "1", "--columns", "name"};
    SecplatCliAccess.Run terminal = SecplatCliAccess.run(new CliContext(Map.of(), new Terminal(true, false), Path.of("/nonexistent")), args);
    SecplatCliAccess.Run pipe = SecplatCliAccess.run(new CliContext(Map.of(), Terminal.NONE, Path.of("/nonexistent")), args);

    assertThat(terminal.exit()).isZero();
    assertThat(terminal.out()).isEqualTo("name\nAWS IAM Groups with iam:CreateAccessKey permission\n");
    assertThat(pipe.exit()).isZero();
    assertThat(pipe.out()).isEqualTo("{\"name\":\"AWS IAM Groups with iam:CreateAccessKey permission\"}\n");
  }

  @Test
  void theFormatNameIsCaseInsensitive() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("veza", "--mock", "queries", "list", "--limit", "1", "--output", "CSV",
        "--columns", "id");
    assertThat(run.out()).isEqualTo("id\r\n95ccaca3-c9f6-4711-9219-887e5c102701\r\n");
  }
}
