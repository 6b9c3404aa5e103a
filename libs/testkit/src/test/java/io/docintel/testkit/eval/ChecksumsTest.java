package io.docintel.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

  @Test
  void acceptsAValidIbanAndRejectsOneWithAChangedDigit() {
    assertTrue(Checksums.ibanValid("DE12 7605 0000 0084 2133 77"));
    assertFalse(Checksums.ibanValid("DE12 7605 0000 0084 2133 78"));
    assertFalse(Checksums.ibanValid("not an iban"));
  }

  @Test
  void acceptsALuhnValidNumberAndRejectsOneWithAChangedDigit() {
    assertTrue(Checksums.luhnValid("4012 8888 8888 1881"));
    assertFalse(Checksums.luhnValid("4012 8888 8888 1882"));
    assertFalse(Checksums.luhnValid("12"));
  }
}
