package io.docintel.testkit.eval;

import java.math.BigInteger;

/** The check-digit rules of the numbers in the evaluation set: IBAN mod-97 and Luhn. */
final class Checksums {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Checksums() {}

  /** ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 is 1. */
  static boolean ibanValid(String iban) {
    String compact = iban.replace(" ", "").toUpperCase();
    if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      return false;
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /** Luhn: doubling every second digit from the right, the digit sum is a multiple of 10. */
  static boolean luhnValid(String number) {
    String digits = number.replaceAll("[ -]", "");
    if (!digits.matches("[0-9]{12,19}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
