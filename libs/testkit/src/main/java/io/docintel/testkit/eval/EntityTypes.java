package io.docintel.testkit.eval;

import java.util.List;
import java.util.Set;

/** The entity types the evaluation set annotates, and which of them are personal data. */
public final class EntityTypes {

  public static final String EMAIL = "EMAIL";
  public static final String PHONE = "PHONE";
  public static final String URL = "URL";
  public static final String IP_ADDRESS = "IP_ADDRESS";
  public static final String IBAN = "IBAN";
  public static final String CREDIT_CARD = "CREDIT_CARD";
  public static final String DATE = "DATE";
  public static final String MONEY = "MONEY";
  public static final String PERCENT = "PERCENT";
  public static final String PERSON = "PERSON";

  /** Types a pattern recognizer finds; entity micro-F1 is computed over these. */
  public static final List<String> DETERMINISTIC =
      List.of(EMAIL, PHONE, URL, IP_ADDRESS, IBAN, CREDIT_CARD, DATE, MONEY, PERCENT);
  /** Every annotated type: the deterministic ones plus PERSON. */
  public static final List<String> ANNOTATED =
      List.of(EMAIL, PHONE, URL, IP_ADDRESS, IBAN, CREDIT_CARD, DATE, MONEY, PERCENT, PERSON);
  /** Types whose mentions are personal data; PII recall is computed over these. */
  public static final Set<String> PERSONAL_DATA = Set.of(EMAIL, PHONE, IBAN, CREDIT_CARD, IP_ADDRESS, PERSON);
  /** Types whose annotations carry a normalized value: ISO-8601 date, or amount and ISO 4217 code. */
  public static final Set<String> NORMALIZED = Set.of(DATE, MONEY);

  private EntityTypes() {}

  public static boolean isPersonalData(String type) {
    return PERSONAL_DATA.contains(type);
  }
}
