package io.secplat.cli;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --output} and {@code --columns}, shared by every command that prints rows. */
final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = {"--output", "--format"}, paramLabel = "FORMAT", completionCandidates = OutputFormat.Names.class,
      converter = FormatConverter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: table when standard output is a terminal, else jsonl). "
          + "jsonl, csv and json write each row as its page arrives; table waits for the last row to size its columns.")
  OutputFormat format;

  @Option(names = "--columns", split = ",", paramLabel = "FIELD",
      description = "Only these top-level fields, in this order. Default: every field of the rows "
          + "(csv: of the first row).")
  List<String> columns;

  /** Accepts the format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected one of table, json, jsonl, csv but was '" + value + "'");
      }
    }
  }

  /** @return the chosen format, or the default for where standard output goes */
  OutputFormat format() {
    if (format != null) {
      return format;
    }
    return Commands.context(mixee).terminal().stdout() ? OutputFormat.TABLE : OutputFormat.JSONL;
  }

  /** @return a writer to standard output in the chosen format; close it to finish the output */
  RowWriter writer() {
    return new RowWriter(mixee.commandLine().getOut(), format(), columns);
  }

  /**
   * Writes every row, with a row counter on standard error while it is a terminal (unless the rows
   * themselves go to the same terminal as they arrive).
   *
   * @param rows the rows, fetched lazily
   * @param limit at most this many
   * @return how many were written
   */
  long write(Iterable<?> rows, long limit) {
    CliContext context = Commands.context(mixee);
    OutputFormat chosen = format();
    boolean counter = chosen == OutputFormat.TABLE || !context.terminal().stdout();
    Progress progress = counter ? context.progress(mixee.commandLine().getErr(), -1, "rows") : Progress.NONE;
    long written = 0;
    try (RowWriter writer = writer()) {
      Iterator<?> it = rows.iterator();
      while (written < limit && !writer.broken() && it.hasNext()) {
        writer.row(it.next());
        written++;
        progress.show(written);
      }
    } finally {
      progress.done();
    }
    return written;
  }

  /** @see #write(Iterable, long) */
  long write(Iterable<?> rows) {
    return write(rows, Long.MAX_VALUE);
  }

  /** Writes a single result as one row (or each element, when it is a collection). @return how many rows */
  long writeOne(Object row) {
    return write(row instanceof Iterable<?> many ? many : List.of(row), Long.MAX_VALUE);
  }

  /** @see #write(Iterable, long) */
  long write(Stream<?> rows, long limit) {
    Iterable<Object> iterable = () -> rows.map(Object.class::cast).iterator();
    return write(iterable, limit);
  }
}
