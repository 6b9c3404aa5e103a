package io.docintel.common.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * Avro binary decoding of bytes from outside, where a length or count cannot exceed what is
 * left of the input. Avro's own {@link BinaryDecoder} allocates a string or bytes field at the
 * length the data claims before reading it, so eight bytes claiming a 2 GB string cost 2 GB of
 * heap; and it keeps the largest string it ever read in a scratch buffer. This decoder checks
 * every length and item count against the bytes remaining, then reads into fresh buffers; all
 * else is the wrapped decoder's.
 */
final class BoundedBinaryDecoder extends Decoder {

  private final BinaryDecoder in;

  BoundedBinaryDecoder(BinaryDecoder in) {
    this.in = in;
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int length = checkedLength("string");
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(length);
    in.readFixed(result.getBytes(), 0, length);
    return result;
  }

  @Override
  public String readString() throws IOException {
    return readString(null).toString();
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int length = checkedLength("bytes");
    ByteBuffer result = old != null && old.capacity() >= length ? old.clear() : ByteBuffer.allocate(length);
    in.readFixed(result.array(), result.arrayOffset(), length);
    result.limit(length);
    return result;
  }

  @Override
  public long readArrayStart() throws IOException {
    return checkedCount(in.readArrayStart(), "array");
  }

  @Override
  public long arrayNext() throws IOException {
    return checkedCount(in.arrayNext(), "array");
  }

  @Override
  public long readMapStart() throws IOException {
    return checkedCount(in.readMapStart(), "map");
  }

  @Override
  public long mapNext() throws IOException {
    return checkedCount(in.mapNext(), "map");
  }

  private int checkedLength(String what) throws IOException {
    long length = in.readLong();
    if (length < 0) {
      throw new AvroRuntimeException("malformed data: a " + what + " of negative length " + length);
    }
    int remaining = remaining();
    if (length > remaining) {
      throw new AvroRuntimeException("malformed data: a " + what + " of " + length + " bytes where only "
          + remaining + " remain");
    }
    return (int) length;
  }

  /** Every item takes at least one byte in our schemas (none has arrays or maps of nulls). */
  private long checkedCount(long count, String what) throws IOException {
    int remaining = remaining();
    if (count > remaining) {
      throw new AvroRuntimeException("malformed data: an " + what + " block of " + count + " items where only "
          + remaining + " bytes remain");
    }
    return count;
  }

  private int remaining() throws IOException {
    return in.inputStream().available();
  }

  @Override
  public void readNull() throws IOException {
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public void skipString() throws IOException {
    in.skipString();
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipBytes();
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    in.readFixed(bytes, start, length);
  }

  @Override
  public void skipFixed(int length) throws IOException {
    in.skipFixed(length);
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public long skipArray() throws IOException {
    return in.skipArray();
  }

  @Override
  public long skipMap() throws IOException {
    return in.skipMap();
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }
}
