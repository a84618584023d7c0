package dev.newswire.enrich;

import dev.newswire.enrich.parse.text.Cheap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids that stay the same when the same page is parsed again, so a replay upserts instead of
 * duplicating.
 */
public final class StableIds {
  private StableIds() {}

  /**
   * A capture of an article is its page plus its position there: a page re-parsed yields the same
   * ids. The article itself (the news item) is {@link #item}.
   */
  public static String article(String pageAddress, int indexOnPage) {
    return "a-" + hash(pageAddress + "#" + indexOnPage);
  }

  /** A news item, from the parts {@link ItemIdentity} reads off one capture. */
  static String item(String agency, String place, String day, String lead) {
    return "i-" + hash(agency + "|" + place + "|" + day + "|" + lead);
  }

  /**
   * A teaser is the same teaser on every page that shows it: its link when it has one, else its
   * date and its text with case and spacing folded (captures differ in whitespace, not in words).
   */
  public static String teaser(String link, LocalDate date, String title, String text) {
    if (link != null && !link.isBlank()) {
      return "t-" + hash("link:" + link.trim());
    }
    String words = fold(text != null && !text.isBlank() ? text : title);
    return "t-" + hash((date == null ? "-" : date.toString()) + "|" + words);
  }

  static String fold(String text) {
    if (text == null) {
      return "";
    }
    // Runs of whitespace (as regex \\s) to one space, by hand: replaceAll compiled a pattern per teaser.
    String lower = text.toLowerCase(Locale.ROOT);
    char[] out = new char[lower.length()];
    int n = 0;
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean space = Cheap.isRegexSpace(c);
      if (!space) {
        out[n++] = c;
      } else if (!inSpace) {
        out[n++] = ' ';
      }
      inSpace = space;
    }
    return new String(out, 0, n).trim();
  }

  // A digest per thread: looking one up per id was a tenth of the mapping.
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  private static String hash(String text) {
    byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 12);
  }
}
