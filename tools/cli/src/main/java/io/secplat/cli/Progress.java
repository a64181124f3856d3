package io.secplat.cli;

/** Progress of long work (paging, bulk sync, downloads), shown on standard error when it is a terminal. */
interface Progress {
  /** Draws nothing: standard error is not a terminal. */
  Progress NONE = new Progress() {
    @Override
    public void show(long done) {
    }

    @Override
    public void done() {
    }
  };

  /** @param done how much is done so far */
  void show(long done);

  /** Ends the bar (a line break if anything was drawn). */
  void done();
}
