package io.secplat.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a J1QL answer: its kind ({@code table}, {@code list}, {@code tree}, …), its data and
 * the cursor of the next page.
 *
 * @param type the result kind
 * @param data the rows: an array for tables and lists, an object for trees
 * @param cursor the next page's cursor, or null after the last page
 */
record J1qlPage(String type, JsonNode data, String cursor) {

  /** @return the rows: the elements of an array, a non-array answer as one row, nothing for null */
  List<JsonNode> rows() {
    List<JsonNode> rows = new ArrayList<>();
    if (data == null || data.isNull() || data.isMissingNode()) {
      return rows;
    }
    if (data.isArray()) {
      data.forEach(rows::add);
    } else {
      rows.add(data);
    }
    return rows;
  }
}
