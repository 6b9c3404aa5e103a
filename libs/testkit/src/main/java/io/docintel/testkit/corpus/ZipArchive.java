package io.docintel.testkit.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP file whose entries may carry deflated data made elsewhere (an {@link Inflation}),
 * which {@code java.util.zip.ZipOutputStream} cannot: it always compresses what it is given.
 * Sizes must stay under 4 GiB (no ZIP64).
 */
final class ZipArchive {

  private record Entry(String name, byte[] data, long size, long crc, int offset) {}

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Entry> entries = new ArrayList<>();

  /** Adds an entry whose content is {@code content}, deflated here. */
  ZipArchive add(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return add(name, bytes);
  }

  ZipArchive add(String name, byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      deflated.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return add(name, new Inflation(deflated.toByteArray(), bytes.length, crc.getValue()));
  }

  /** Adds an entry whose deflated bytes are given. */
  ZipArchive add(String name, Inflation content) {
    return add(name, content, content.inflatedSize());
  }

  /** As {@link #add(String, Inflation)}, declaring {@code declaredSize} as the inflated size, true or not. */
  ZipArchive add(String name, Inflation content, long declaredSize) {
    if (declaredSize >= 0xFFFFFFFFL) {
      throw new IllegalArgumentException("entries must stay under 4 GiB without ZIP64: " + name);
    }
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    Entry entry = new Entry(name, content.deflated(), declaredSize, content.crc32(), out.size());
    ByteBuffer header = little(30 + nameBytes.length)
        .putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
        .putShort((short) 0).putShort((short) 0x21)
        .putInt((int) entry.crc()).putInt(entry.data().length).putInt((int) entry.size())
        .putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes);
    out.writeBytes(header.array());
    out.writeBytes(entry.data());
    entries.add(entry);
    return this;
  }

  byte[] toBytes() {
    int directoryStart = out.size();
    for (Entry entry : entries) {
      byte[] nameBytes = entry.name().getBytes(StandardCharsets.UTF_8);
      out.writeBytes(little(46 + nameBytes.length)
          .putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
          .putShort((short) 0).putShort((short) 0x21)
          .putInt((int) entry.crc()).putInt(entry.data().length).putInt((int) entry.size())
          .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putInt(0).putInt(entry.offset()).put(nameBytes).array());
    }
    int directorySize = out.size() - directoryStart;
    out.writeBytes(little(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
        .putShort((short) entries.size()).putShort((short) entries.size())
        .putInt(directorySize).putInt(directoryStart).putShort((short) 0).array());
    return out.toByteArray();
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
