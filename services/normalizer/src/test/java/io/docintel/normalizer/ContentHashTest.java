package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void isLowerCaseHexSha256OfUtf8() {
    // sha256("abc") from FIPS 180-2, appendix B.1
    assertThat(ContentHash.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashesUtf8NotUtf16() {
    // "é" is C3 A9 in UTF-8
    assertThat(ContentHash.sha256Hex("é")).isEqualTo(ContentHash.sha256Hex(new String(new byte[] {(byte) 0xC3, (byte) 0xA9},
        java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(ContentHash.sha256Hex("é")).isNotEqualTo(ContentHash.sha256Hex("e"));
  }
}
