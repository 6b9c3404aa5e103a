package io.docintel.extractor.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRecognizerTest {

  final PatternRecognizer recognizer = new PatternRecognizer();

  @Test
  void findsEachDeterministicTypeWithOffsetsAndCanonicalValues() {
    String text = "Mail anna.berg@example.org or call +44 20 7946 0958. Pay €1.250,50 to DE89 3704 0044 0532 0130 00 "
        + "by 14 March 2025; card 4111 1111 1111 1111; see https://pay.example.com/x. Host 192.0.2.17, fee 2.5%.";
    List<Mention> mentions = MentionMerger.merge(recognizer.recognize(text));
    assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(mentions).extracting(m -> m.type() + "=" + m.normalized()).containsExactly(
        "EMAIL=anna.berg@example.org", "PHONE=+442079460958", "MONEY=1250.50 EUR", "IBAN=DE89370400440532013000",
        "DATE=2025-03-14", "CREDIT_CARD=4111111111111111", "URL=https://pay.example.com/x",
        "IP_ADDRESS=192.0.2.17", "PERCENT=2.5%");
  }

  @Test
  void numbersThatFailTheirChecksumAreNotMentions() {
    assertThat(recognizer.recognize("IBAN DE89 3704 0044 0532 0130 01 and card 4111 1111 1111 1112"))
        .extracting(Mention::type).doesNotContain(EntityType.IBAN, EntityType.CREDIT_CARD);
  }

  @Test
  void datesInEveryWrittenFormBecomeIso() {
    assertThat(recognizer.recognize("2025-06-02, 03/31/2025, July 17, 2025, 1st Sept 2025 and 31/02/2025"))
        .filteredOn(m -> m.type() == EntityType.DATE).extracting(Mention::normalized)
        .containsExactly("2025-06-02", "2025-03-31", "2025-07-17", "2025-09-01");
  }

  @Test
  void moneyReadsBothDecimalMarksAndScaleWords() {
    assertThat(recognizer.recognize("£2,480.00 and 1.607,50 EUR and USD 300 and €14.2 million"))
        .filteredOn(m -> m.type() == EntityType.MONEY).extracting(Mention::normalized)
        .containsExactly("2480.00 GBP", "1607.50 EUR", "300.00 USD", "14200000.00 EUR");
  }

  @Test
  void yearsAndPlainNumbersAreNotPhones() {
    assertThat(recognizer.recognize("In 2025 we shipped 4 500 units to 230 stores."))
        .extracting(Mention::type).doesNotContain(EntityType.PHONE);
  }

  @Test
  void ibansOfSeveralCountriesPassMod97AndLookAlikesDoNot() {
    assertThat(recognizer.recognize("GB82 WEST 1234 5698 7654 32, FR1420041010050500013M02606, NL91ABNA0417164300"))
        .filteredOn(m -> m.type() == EntityType.IBAN).extracting(Mention::normalized)
        .containsExactly("GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300");
    assertThat(recognizer.recognize("GB82 WEST 1234 5698 7654 33 and NL91ABNA0417164301"))
        .extracting(Mention::type).doesNotContain(EntityType.IBAN);
  }

  @Test
  void cardNumbersInEveryGroupingPassLuhn() {
    assertThat(recognizer.recognize("Visa 4111-1111-1111-1111, Amex 3782 822463 10005, plain 5555555555554444."))
        .filteredOn(m -> m.type() == EntityType.CREDIT_CARD).extracting(Mention::normalized)
        .containsExactly("4111111111111111", "378282246310005", "5555555555554444");
    assertThat(recognizer.recognize("Order 1234 5678 9012 3456 and 5555555555554445"))
        .extracting(Mention::type).doesNotContain(EntityType.CREDIT_CARD);
  }

  @Test
  void phonesBecomeDigitsWithTheirLeadingPlus() {
    assertThat(MentionMerger.merge(recognizer.recognize("Ring +49 30 901820, (030) 901-8200 or 020 7946 0958.")))
        .filteredOn(m -> m.type() == EntityType.PHONE).extracting(Mention::normalized)
        .containsExactly("+4930901820", "0309018200", "02079460958");
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertThat(recognizer.recognize("2025-13-01, 02/30/2025 and 31 April 2025"))
        .extracting(Mention::type).doesNotContain(EntityType.DATE);
  }
}
