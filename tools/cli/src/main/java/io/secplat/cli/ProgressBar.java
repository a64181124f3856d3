package io.secplat.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place: {@code [#########...........] 450/1000}, or, when the
 * total is unknown, a counter: {@code 450 rows}. A counter redraws at most every 100 ms.
 */
final class ProgressBar implements Progress {
  private static final int WIDTH = 30;
  private static final long COUNTER_INTERVAL_NANOS = 100_000_000L;
  private final PrintWriter out;
  private final long total;
  private final String unit;
  private boolean drawn;
  private long lastDrawn;
  private long lastValue = -1;
  private long lastShown = -1;

  ProgressBar(PrintWriter out, long total) {
    this(out, total, "");
  }

  ProgressBar(PrintWriter out, long total, String unit) {
    this.out = out;
    this.total = total;
    this.unit = unit;
  }

  @Override
  public void show(long done) {
    if (total < 0) {
      long now = System.nanoTime();
      if (drawn && now - lastDrawn < COUNTER_INTERVAL_NANOS) {
        lastValue = done;
        return;
      }
      lastDrawn = now;
      draw("\r" + done + " " + unit, done);
      return;
    }
    int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    draw("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
        + (unit.isEmpty() ? "" : " " + unit), done);
  }

  private void draw(String text, long done) {
    out.print(text);
    out.flush();
    drawn = true;
    lastValue = done;
    lastShown = done;
  }

  @Override
  public void done() {
    if (total < 0 && drawn && lastValue != lastShown) {
      draw("\r" + lastValue + " " + unit, lastValue);
    }
    if (drawn) {
      out.println();
      out.flush();
    }
  }
}
