package io.docintel.extractor.recognize;

/** The entity types docintel extracts, and which of them are personal data. */
public enum EntityType {
  EMAIL(true), PHONE(true), URL(false), IP_ADDRESS(true), IBAN(true), CREDIT_CARD(true), DATE(false),
  MONEY(false), PERCENT(false), PERSON(true), ORGANIZATION(false), LOCATION(false), OTHER(false);

  private final boolean personalData;

  EntityType(boolean personalData) {
    this.personalData = personalData;
  }

  /** Whether a mention of this type identifies or contacts a person (PII). */
  public boolean personalData() {
    return personalData;
  }
}
