package io.secplat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.core.http.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes rows (façade models, JSON trees, maps) in one {@link OutputFormat}. jsonl, json and csv
 * write and flush each row at once, so a pipe sees the first row while later pages are still being
 * fetched; a table is buffered until {@link #close()}, which sizes its columns. Table and csv cells
 * are the rows' top-level fields: text as is, nested objects and arrays as compact JSON, null empty.
 * With columns, json and jsonl rows keep only those fields too.
 */
final class RowWriter implements AutoCloseable {
  private static final ObjectMapper JSON = Json.newMapper();
  private static final int MAX_CELL = 60;

  private final PrintWriter out;
  private final OutputFormat format;
  private final List<String> columns;
  private final List<JsonNode> buffered = new ArrayList<>();
  private List<String> csvColumns;
  private long rows;
  private boolean broken;

  RowWriter(PrintWriter out, OutputFormat format, List<String> columns) {
    this.out = out;
    this.format = format;
    this.columns = columns == null || columns.isEmpty() ? null : List.copyOf(columns);
  }

  /** @param value one row */
  void row(Object value) {
    JsonNode row = value instanceof JsonNode node ? node : JSON.valueToTree(value);
    if (columns != null && row.isObject() && (format == OutputFormat.JSONL || format == OutputFormat.JSON)) {
      ObjectNode projected = JSON.createObjectNode();
      for (String column : columns) {
        projected.set(column, row.has(column) ? row.get(column) : projected.nullNode());
      }
      row = projected;
    }
    switch (format) {
      case JSONL -> out.println(json(row));
      case JSON -> {
        out.print(rows == 0 ? "[\n" : ",\n");
        out.print(json(row));
      }
      case CSV -> {
        if (csvColumns == null) {
          csvColumns = columns != null ? columns : fields(List.of(row));
          out.print(csvLine(csvColumns));
        }
        List<String> cells = new ArrayList<>();
        for (String column : csvColumns) {
          cells.add(cell(row, column));
        }
        out.print(csvLine(cells));
      }
      case TABLE -> buffered.add(row);
      default -> throw new IllegalStateException(format.toString());
    }
    rows++;
    if (format != OutputFormat.TABLE) {
      out.flush();
      broken = out.checkError();
    }
  }

  /** @return whether the reader went away (a closed pipe, as under {@code | head}): nothing more to write */
  boolean broken() {
    return broken;
  }

  @Override
  public void close() {
    if (format == OutputFormat.JSON) {
      out.println(rows == 0 ? "[]" : "\n]");
    } else if (format == OutputFormat.TABLE) {
      table();
    }
    out.flush();
  }

  private void table() {
    if (buffered.isEmpty()) {
      return;
    }
    List<String> header = columns != null ? columns : fields(buffered);
    int[] widths = new int[header.size()];
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    for (JsonNode row : buffered) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        String cell = cell(row, column).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        cells.add(cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL - 1) + "…" : cell);
      }
      lines.add(cells);
    }
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = line.get(i);
        text.append(cell);
        if (i < widths.length - 1) {
          text.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private static List<String> fields(List<JsonNode> rows) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode row : rows) {
      if (row instanceof ObjectNode object) {
        Iterator<String> it = object.fieldNames();
        while (it.hasNext()) {
          String name = it.next();
          if (!object.get(name).isNull()) {
            names.add(name);
          }
        }
      } else {
        names.add("value");
      }
    }
    return new ArrayList<>(names);
  }

  private static String cell(JsonNode row, String column) {
    JsonNode value = row.isObject() ? row.get(column) : column.equals("value") ? row : null;
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : json(value);
  }

  private static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i > 0) {
        line.append(',');
      }
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.append("\r\n").toString();
  }

  private static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a row as JSON", e);
    }
  }
}
