package io.docintel.testkit.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images for the corpus: files that are valid but hold no text a parser can read without OCR. */
public final class Images {

  private Images() {}

  /** A small PNG of coloured stripes. */
  public static byte[] pngWithoutText() {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    for (int stripe = 0; stripe < 8; stripe++) {
      graphics.setColor(new Color(stripe * 32, 255 - stripe * 32, 128));
      graphics.fillRect(stripe * 8, 0, 8, 32);
    }
    graphics.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a PNG in memory", e);
    }
  }
}
