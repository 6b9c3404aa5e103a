package io.docintel.normalizer;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes a parser's SAX events on until the text so far exceeds a character limit or a deadline
 * has passed, then stops the parse by throwing {@link LimitExceeded}. The deadline is
 * cooperative: a parser is stopped the next time it emits an element or text, so a parser that
 * loops without emitting anything is not. One instance per parse; not thread-safe.
 */
final class BoundedContentHandler extends ContentHandlerDecorator {

  /** Thrown from SAX callbacks to stop a parse; Tika passes SAX exceptions through as causes. */
  static final class LimitExceeded extends SAXException {
    final UnreadableDocumentException.Reason reason;

    LimitExceeded(UnreadableDocumentException.Reason reason, String message) {
      super(message);
      this.reason = reason;
    }
  }

  private final long maxCharacters;
  private final long deadlineNanos;
  private long characters;

  BoundedContentHandler(ContentHandler handler, long maxCharacters, long deadlineNanos) {
    super(handler);
    this.maxCharacters = maxCharacters;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    count(length);
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    count(length);
    super.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
    checkDeadline();
    super.startElement(uri, localName, name, atts);
  }

  private void count(int length) throws SAXException {
    characters += length;
    if (characters > maxCharacters) {
      throw new LimitExceeded(UnreadableDocumentException.Reason.TOO_LARGE,
          "extracted text exceeds " + maxCharacters + " characters");
    }
    checkDeadline();
  }

  private void checkDeadline() throws SAXException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceeded(UnreadableDocumentException.Reason.TIMEOUT, "text extraction ran out of time");
    }
  }
}
