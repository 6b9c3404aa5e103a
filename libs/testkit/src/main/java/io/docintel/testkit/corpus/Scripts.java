package io.docintel.testkit.corpus;

/**
 * Short texts in scripts other than Latin, written for the corpus: each states the same facts
 * (a depot shipped paper, the finance office checked invoices), so that every one is a real
 * document in its language.
 */
public final class Scripts {

  public static final String CHINESE = "北方仓库本周发出了十七箱纸张。财务部门审核了所有发票。客户对新的交付时间表示满意。";
  public static final String JAPANESE = "北の倉庫は今週、紙を十七箱出荷しました。経理部はすべての請求書を確認しました。";
  public static final String ARABIC = "شحن المستودع الشمالي سبعة عشر صندوقا من الورق هذا الأسبوع. "
      + "راجع قسم المالية جميع الفواتير. كان العميل راضيا عن موعد التسليم الجديد.";
  public static final String HEBREW = "המחסן הצפוני שלח השבוע שבעה עשר ארגזי נייר. מחלקת הכספים בדקה את כל החשבוניות. "
      + "הלקוח היה מרוצה ממועד המסירה החדש.";
  /** Emoji only: presentation selectors, skin tones, a ZWJ family, a flag, a keycap. */
  public static final String EMOJI = "📦📦📦 🚚💨 ✅ 🎉🎉 👍🏽 👨‍👩‍👧‍👦 🇩🇪 ❤️ 1️⃣ 🧾🧾";
  /** Decomposed accents (NFD), which normalization composes: "Café owners in Zürich…". */
  public static final String COMBINING = "Cafe\u0301 owners in Zu\u0308rich met on Tuesday. "
      + "The cre\u0300me bru\u0302le\u0301e stayed on the menu. Sen\u0303or Mun\u0303oz agreed.";
  /** What {@link #COMBINING} becomes in NFC. */
  public static final String COMBINING_NFC_PHRASE = "Café owners in Zürich met on Tuesday.";

  private Scripts() {}

  /** Every script in one text, with bidirectional controls (RLM, an RTL override and its pop) between them. */
  public static String mixed() {
    return "Weekly report. " + CHINESE + " " + JAPANESE + "\u200F " + ARABIC + " \u202E" + HEBREW + "\u202C "
        + EMOJI + " " + COMBINING + " The end of the weekly report.";
  }

  /** Letters carrying {@code marks} stacked combining marks each ("Zalgo" text). */
  public static String stackedMarks(String letters, int marks) {
    StringBuilder text = new StringBuilder(letters.length() * (marks + 1));
    for (char letter : letters.toCharArray()) {
      text.append(letter);
      if (Character.isLetter(letter)) {
        for (int i = 0; i < marks; i++) {
          text.append((char) (0x0300 + i % 0x70));
        }
      }
    }
    return text.toString();
  }
}
