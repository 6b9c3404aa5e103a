package io.docintel.cli.faults;

import java.util.List;

/**
 * Small text documents for fault drills: a few sentences each, of the kinds the pipeline knows
 * (invoice, memo, news, e-mail with personal data, contract clause), numbered so that no two are
 * alike. Short on purpose: the drills are about what the faults do, not about model time.
 */
final class DrillTexts {

  private static final List<String> TEMPLATES = List.of(
      "Invoice INV-%1$05d from Northwind Traders GmbH. Amount due: EUR %2$d.50, payable by 2026-12-%3$02d. "
          + "Please transfer the total to the account on file and quote the invoice number.",
      "Memo %1$d to all staff: the quarterly planning meeting moves to room %2$d on December %3$d. "
          + "Bring the draft budget and the hiring plan. Minutes will be circulated afterwards.",
      "City council approves new tram line %1$d. The project will cost %2$d million euros and open in %3$d months. "
          + "Residents welcomed the decision at a public hearing on Tuesday.",
      "Hello Maria, following up on ticket %1$d: please call me on +44 20 7946 %2$04d or write to "
          + "maria.lopez%3$d@example.com. Kind regards, Daniel Brooks.",
      "Clause %1$d. The supplier shall deliver the goods within %2$d days of the order. Either party may end "
          + "this agreement with %3$d days' written notice.");

  private DrillTexts() {}

  /** The {@code n}-th text (from 0). */
  static String text(int n) {
    return String.format(TEMPLATES.get(n % TEMPLATES.size()), 1000 + n, 100 + n % 900, 1 + n % 28);
  }
}
