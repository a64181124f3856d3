package io.secplat.cli;

import java.io.PrintWriter;

/** A one-line text progress bar, redrawn in place: {@code [#########...........]  450/1000}. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final long total;
  private boolean drawn;

  ProgressBar(PrintWriter out, long total) {
    this.out = out;
    this.total = total;
  }

  void show(long done) {
    int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
    out.flush();
    drawn = true;
  }

  void done() {
    if (drawn) {
      out.println();
      out.flush();
    }
  }
}
