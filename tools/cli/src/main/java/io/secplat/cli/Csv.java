package io.secplat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** RFC 4180 records (quoted cells, doubled quotes, line breaks inside quotes) and JupiterOne's cell values. */
final class Csv {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

  private Csv() {}

  /** @return the next record's cells, or null at the end */
  static List<String> record(BufferedReader in) {
    try {
      int c = in.read();
      if (c == -1) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      while (c != -1) {
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            int after = in.read();
            if (after == '"') {
              cell.append('"');
            } else {
              quoted = false;
              if (after != -1) {
                in.reset();
              }
            }
          } else {
            cell.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          break;
        } else {
          cell.append((char) c);
        }
        c = in.read();
      }
      cells.add(cell.toString());
      return cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell's value: a number, a boolean, a JSON array, or the text itself. */
  static Object value(String cell) {
    if (cell.equals("true") || cell.equals("false")) {
      return Boolean.valueOf(cell);
    }
    if (NUMBER.matcher(cell).matches()) {
      try {
        return cell.contains(".") || cell.contains("e") || cell.contains("E") ? (Object) Double.valueOf(cell) : (Object) Long.valueOf(cell);
      } catch (NumberFormatException tooLarge) {
        return cell;
      }
    }
    if (cell.startsWith("[") && cell.endsWith("]")) {
      try {
        return JSON.readValue(cell, List.class);
      } catch (IOException notJson) {
        return cell;
      }
    }
    return cell;
  }
}
