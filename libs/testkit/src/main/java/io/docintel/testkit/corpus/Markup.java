package io.docintel.testkit.corpus;

import java.nio.charset.StandardCharsets;

/** Hostile markup: entity expansion, endless nesting, and pages that are nearly all script. */
public final class Markup {

  private Markup() {}

  /** The classic "billion laughs" XML: ten levels of entities, each ten of the one below. */
  public static byte[] billionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    xml.append(" <!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
    for (int level = 2; level <= 9; level++) {
      xml.append(" <!ENTITY lol").append(level).append(" \"")
          .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<lolz>&lol9;</lolz>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An HTML page whose body nests {@code depth} {@code div}s around one sentence. */
  public static byte[] deeplyNestedHtml(int depth) {
    StringBuilder html = new StringBuilder(depth * 12 + 200).append("<!DOCTYPE html><html><head><title>Nested</title>"
        + "</head><body>");
    html.append("<div>".repeat(depth)).append("The sentence at the bottom of the nesting.")
        .append("</div>".repeat(depth)).append("</body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An HTML page with {@code scriptBytes} of inline script and as much inline style around a short
   * body that carries {@code phrase}.
   */
  public static byte[] htmlWithHugeScript(int scriptBytes, String phrase) {
    StringBuilder html = new StringBuilder(2 * scriptBytes + 400).append("<!DOCTYPE html><html><head>"
        + "<title>Mostly script</title><style>");
    for (int i = 0; html.length() < scriptBytes; i++) {
      html.append(".c").append(i).append("{color:#").append(String.format("%06x", i & 0xFFFFFF)).append("}\n");
    }
    html.append("</style><script>");
    int scriptEnd = html.length() + scriptBytes;
    for (int i = 0; html.length() < scriptEnd; i++) {
      html.append("var v").append(i).append(" = \"").append(i).append(" < ").append(i + 1).append("\";\n");
    }
    html.append("</script></head><body><p>").append(phrase).append("</p></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }
}
