package io.secplat.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A file of graph objects to synchronize, read lazily so that its size does not matter:
 *
 * <ul>
 *   <li>JSON: the upload document of the docs, {@code {"entities": [...], "relationships": [...]}},
 *       streamed object by object;
 *   <li>CSV: a header row, then one graph object per row; a row is a relationship when it has a
 *       value in {@code _fromEntityKey}, {@code _fromEntityId}, {@code _toEntityKey} or
 *       {@code _toEntityId} (the documented rule). Empty cells are left out; numbers, booleans and
 *       JSON array cells are converted, as the docs describe.
 * </ul>
 *
 * Each pass ({@link #entities()}, {@link #relationships()}) reads the file again.
 */
final class SyncFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RELATIONSHIP_COLUMNS = List.of("_fromEntityKey", "_fromEntityId", "_toEntityKey", "_toEntityId");
  private final Path file;
  private final boolean csv;

  SyncFile(Path file) {
    this.file = file;
    this.csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  Stream<SyncEntity> entities() {
    return csv ? csvRows().filter(row -> !isRelationship(row)).map(row -> JSON.convertValue(row, SyncEntity.class))
        : jsonArray("entities", SyncEntity.class);
  }

  Stream<SyncRelationship> relationships() {
    return csv ? csvRows().filter(SyncFile::isRelationship).map(row -> JSON.convertValue(row, SyncRelationship.class))
        : jsonArray("relationships", SyncRelationship.class);
  }

  private static boolean isRelationship(Map<String, Object> row) {
    return RELATIONSHIP_COLUMNS.stream().anyMatch(row::containsKey);
  }

  /** Streams the objects of one top-level array of the JSON document. */
  private <T> Stream<T> jsonArray(String field, Class<T> type) {
    try {
      JsonParser parser = JSON.getFactory().createParser(file.toFile());
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        parser.close();
        throw new IllegalArgumentException(file + " must hold a JSON object with entities and relationships");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(field) && value == JsonToken.START_ARRAY) {
          return stream(new Iterator<T>() {
            private JsonToken next = advance();

            private JsonToken advance() {
              try {
                return parser.nextToken();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }

            @Override
            public boolean hasNext() {
              return next == JsonToken.START_OBJECT;
            }

            @Override
            public T next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              try {
                T object = JSON.readValue(parser, type);
                next = advance();
                return object;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }).onClose(() -> close(parser));
        }
        parser.skipChildren();
      }
      parser.close();
      return Stream.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private Stream<Map<String, Object>> csvRows() {
    try {
      BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      List<String> header = Csv.record(reader);
      if (header == null) {
        reader.close();
        return Stream.empty();
      }
      Function<List<String>, Map<String, Object>> toRow = cells -> {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
          if (!cells.get(i).isEmpty()) {
            String column = header.get(i);
            // graph object metadata (_key, _type, _fromEntityKey, …) stays text; properties are converted
            row.put(column, column.startsWith("_") ? cells.get(i) : Csv.value(cells.get(i)));
          }
        }
        return row;
      };
      return stream(new Iterator<Map<String, Object>>() {
        private List<String> next = Csv.record(reader);

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Map<String, Object> next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Map<String, Object> row = toRow.apply(next);
          next = Csv.record(reader);
          return row;
        }
      }).onClose(() -> close(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static <T> Stream<T> stream(Iterator<T> iterator) {
    return StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(iterator, java.util.Spliterator.ORDERED), false);
  }

  private static void close(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
