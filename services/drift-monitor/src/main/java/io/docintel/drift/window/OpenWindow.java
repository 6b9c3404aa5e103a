package io.docintel.drift.window;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * An event-time window still collecting observations for one model and view: {@code [start,
 * end)}, with its statistics so far. {@link #storeKey} orders windows of one model by start.
 */
public record OpenWindow(ModelKey model, String sha256, String view, long start, long end, WindowStats stats) {

  /** The state store key of the window of {@code model} and {@code view} starting at {@code start}. */
  public static String storeKey(ModelKey model, String view, long start) {
    return model.text() + "|" + view + "|" + String.format("%019d", start);
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(model.kind().name());
    out.writeUTF(model.name());
    out.writeUTF(model.version());
    out.writeUTF(sha256);
    out.writeUTF(view);
    out.writeLong(start);
    out.writeLong(end);
    stats.write(out);
  }

  static OpenWindow read(DataInput in) throws IOException {
    ModelKey model = new ModelKey(Kind.valueOf(in.readUTF()), in.readUTF(), in.readUTF());
    return new OpenWindow(model, in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), WindowStats.read(in));
  }
}
