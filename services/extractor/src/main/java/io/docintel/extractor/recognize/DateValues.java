package io.docintel.extractor.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them in business English, and their ISO-8601 form. Slash dates are read
 * month/day/year. Weekdays, bare years and bare month names are not dates.
 */
final class DateValues {

  private static final String MONTH_NAMES =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

  static final Pattern PATTERN = Pattern.compile(
      "\\b(?:(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
          + "|(?<sm>\\d{1,2})/(?<sd>\\d{1,2})/(?<sy>\\d{4})"
          + "|(?<dd>\\d{1,2})(?:st|nd|rd|th)? (?<dm>" + MONTH_NAMES + ")\\.?,? (?<dy>\\d{4})"
          + "|(?<mm>" + MONTH_NAMES + ")\\.? (?<md>\\d{1,2})(?:st|nd|rd|th)?,? (?<my>\\d{4}))\\b");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateValues() {}

  /** The ISO date of a match of {@link #PATTERN}, or null when it names no real day. */
  static String iso(Matcher m) {
    try {
      LocalDate date;
      if (m.group("iy") != null) {
        date = LocalDate.of(num(m.group("iy")), num(m.group("im")), num(m.group("id")));
      } else if (m.group("sy") != null) {
        date = LocalDate.of(num(m.group("sy")), num(m.group("sm")), num(m.group("sd")));
      } else if (m.group("dy") != null) {
        date = LocalDate.of(num(m.group("dy")), month(m.group("dm")), num(m.group("dd")));
      } else {
        date = LocalDate.of(num(m.group("my")), month(m.group("mm")), num(m.group("md")));
      }
      return date.toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(String text) {
    return Integer.parseInt(text);
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }
}
