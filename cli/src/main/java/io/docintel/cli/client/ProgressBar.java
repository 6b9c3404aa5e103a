package io.docintel.cli.client;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place on a terminal stream (stderr, so stdout stays data). */
public final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final int total;
  private final String unit;

  public ProgressBar(PrintStream out, int total, String unit) {
    this.out = out;
    this.total = total;
    this.unit = unit;
  }

  /** Redraws the bar for {@code done} items, {@code failed} of them failed. */
  public synchronized void show(int done, int failed) {
    out.print("\r" + render(done, failed, total, unit));
    out.flush();
  }

  /** Ends the line the bar is drawn on. */
  public synchronized void finish() {
    out.println();
  }

  static String render(int done, int failed, int total, String unit) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
        + done + "/" + total + " " + unit + (failed > 0 ? ", " + failed + " failed" : "");
  }
}
