package io.docintel.extractor.recognize;

import java.math.BigInteger;

/** The check digits that tell a real IBAN or card number from a look-alike. */
final class Checksums {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Checksums() {}

  /** ISO 13616: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
  static boolean validIban(String compact) {
    if (compact.length() < 15 || compact.length() > 34) {
      return false;
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /** Luhn's check over a string of digits. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
