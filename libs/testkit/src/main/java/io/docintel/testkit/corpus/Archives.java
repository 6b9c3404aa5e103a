package io.docintel.testkit.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Compressed containers for the corpus: decompression bombs (a DOCX and a gzip file that inflate
 * to gigabytes), archives nested in archives, and a DOCX with its main part missing.
 */
public final class Archives {

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  private static final String RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      + "Target=\"word/document.xml\"/></Relationships>";
  private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      + "<w:p><w:r><w:t>";
  private static final String DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";

  private Archives() {}

  /**
   * A DOCX whose {@code word/document.xml} inflates to {@code gib} GiB of one letter (about 1 MiB
   * per GiB), and says so in its ZIP headers.
   */
  public static byte[] docxBomb(int gib) {
    Inflation document = Inflation.of(bytes(DOCUMENT_START), (byte) 'a', gib * 1024, bytes(DOCUMENT_END));
    return docx(document, document.inflatedSize());
  }

  /** As {@link #docxBomb(int)}, but the ZIP headers claim the document part inflates to 64 KiB. */
  public static byte[] docxBombUnderstated(int gib) {
    return docx(Inflation.of(bytes(DOCUMENT_START), (byte) 'a', gib * 1024, bytes(DOCUMENT_END)), 64 * 1024);
  }

  private static byte[] docx(Inflation document, long declaredSize) {
    return new ZipArchive()
        .add("[Content_Types].xml", CONTENT_TYPES)
        .add("_rels/.rels", RELATIONSHIPS)
        .add("word/document.xml", document, declaredSize)
        .toBytes();
  }

  /** A DOCX with its content types and relationships but no {@code word/document.xml}. */
  public static byte[] docxWithoutBody() {
    return new ZipArchive().add("[Content_Types].xml", CONTENT_TYPES).add("_rels/.rels", RELATIONSHIPS).toBytes();
  }

  /** A gzip file of one text file that inflates to {@code gib} GiB of spaces between two words. */
  public static byte[] gzipBomb(int gib) {
    Inflation text = Inflation.of(bytes("Start of the log.\n"), (byte) ' ', gib * 1024, bytes("\nEnd of the log.\n"));
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.deflated().length + 18);
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff});
    out.writeBytes(text.deflated());
    out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
        .putInt((int) text.crc32()).putInt((int) text.inflatedSize()).array());
    return out.toByteArray();
  }

  /** A ZIP holding a ZIP holding… {@code depth} levels down, a small text file. */
  public static byte[] nestedZips(int depth) {
    byte[] inner = new ZipArchive().add("note.txt", "The innermost note says hello.").toBytes();
    for (int level = 1; level < depth; level++) {
      inner = new ZipArchive().add("level-" + level + ".zip", inner).toBytes();
    }
    return inner;
  }

  /**
   * A ZIP of {@code width} copies of a ZIP of {@code width} copies of… {@code depth} levels: a
   * small text file {@code width^depth} times over, in the manner of the "42.zip" bomb.
   */
  public static byte[] fanOutZips(int width, int depth) {
    byte[] level = new ZipArchive().add("note.txt", "A note copied many times over.").toBytes();
    for (int d = 1; d < depth; d++) {
      ZipArchive zip = new ZipArchive();
      for (int copy = 0; copy < width; copy++) {
        zip.add("copy-" + d + "-" + copy + ".zip", level);
      }
      level = zip.toBytes();
    }
    return level;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
