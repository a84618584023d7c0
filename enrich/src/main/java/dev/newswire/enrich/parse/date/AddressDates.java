package dev.newswire.enrich.parse.date;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates carried by page addresses. Only site schemes known to encode a date are read; a bare number in some
 * other address is not taken for a date.
 */
public final class AddressDates {
  // kcna.co.jp, later era: item/2016/201610/news08/20161008-16ee.html (the file name is the date).
  private static final Pattern KCNA_CO_JP_DAY_FILE = Pattern.compile(
      "(?i)/item/(?<y>\\d{4})/\\d{4,6}/news\\d{1,2}/(?<date>\\d{8})-[^/]*$");
  // kcna.co.jp, earlier era: item/2008/200801/news01/05.htm (month directory, then the day as file name).
  private static final Pattern KCNA_CO_JP_OLD = Pattern.compile(
      "(?i)/item/(?<y>\\d{4})/(?<ym>\\d{4}|\\d{6})/news(?<n>\\d{1,2})/(?<d>\\d{1,2})\\.html?(?:[#?].*)?$");
  // Rodong Sinmun: newsID=2022-03-10-0002.
  private static final Pattern NEWS_ID = Pattern.compile(
      "(?i)newsID=(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)");
  private static final Pattern BASE64_TOKEN = Pattern.compile("[A-Za-z0-9+/_-]{12,}={0,2}");
  // What a newer Rodong address decodes to: 15@2024-06-10-H004@.
  private static final Pattern RODONG_DECODED = Pattern.compile("^\\d+@(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})-");
  // KCNA Watch: /newstream/1618525033-583730385/... opens with the Unix time at which KCNA Watch made its copy.
  private static final Pattern KCNA_WATCH_COPY = Pattern.compile(
      "(?i)kcnawatch\\.[a-z.]+/newstream/(?<t>1\\d{9})-\\d+(?:[/?#]|$)");
  private static final ZoneId PYONGYANG = ZoneId.of("Asia/Pyongyang");

  private AddressDates() {
  }

  /** The date encoded in a kcna.co.jp or Rodong Sinmun address, if any. */
  public static Optional<DateReading> read(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    String path = address.strip();
    Matcher m = KCNA_CO_JP_DAY_FILE.matcher(stripFragment(path));
    if (m.find()) {
      String d = m.group("date");
      return Optional.of(day(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
          Integer.parseInt(d.substring(6, 8)), m.group()));
    }
    m = KCNA_CO_JP_OLD.matcher(path);
    if (m.find()) {
      return kcnaCoJpOld(m);
    }
    m = NEWS_ID.matcher(path);
    if (m.find()) {
      return Optional.of(day(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
          Integer.parseInt(m.group("d")), m.group()));
    }
    return rodongBase64(path);
  }

  /**
   * The Pyongyang day on which KCNA Watch copied the item, read from a {@code /newstream/<unix time>-<n>/} address.
   * Never a publication date: a copy can be years late (an archive import of 2016 holds a kcna.co.jp item of 2005)
   * and is often the day after the item in Pyongyang. But the item was published on or before it, so it tells the
   * year of a yearless dateline on a copy that carries no date of its own.
   */
  public static Optional<LocalDate> kcnaWatchCopyDay(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    Matcher m = KCNA_WATCH_COPY.matcher(address.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.group("t"))), PYONGYANG));
  }

  private static Optional<DateReading> kcnaCoJpOld(Matcher m) {
    int year = Integer.parseInt(m.group("y"));
    String ym = m.group("ym");
    int month = Integer.parseInt(ym.substring(ym.length() - 2));
    int news = Integer.parseInt(m.group("n"));
    int file = Integer.parseInt(m.group("d"));
    // In this era the news directory repeats the month and the file is the day; if it does not repeat the
    // month it is the day itself (as in the later era) and the file is an item number.
    int day = news == month ? file : news;
    return Optional.of(day(year, month, day, m.group()));
  }

  private static Optional<DateReading> rodongBase64(String address) {
    String decodedAddress = percentDecoded(address);
    Matcher tokens = BASE64_TOKEN.matcher(decodedAddress);
    while (tokens.find()) {
      String token = tokens.group();
      String text = decodeBase64(token);
      if (text == null) {
        continue;
      }
      Matcher m = RODONG_DECODED.matcher(text);
      if (m.find()) {
        return Optional.of(day(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
            Integer.parseInt(m.group("d")), token + " (" + text + ")"));
      }
    }
    return Optional.empty();
  }

  /**
   * The address with its {@code %XX} escapes decoded as UTF-8. Lenient where URLDecoder throws:
   * a malformed escape (a stray {@code %}, {@code %2}, {@code %zz}) stays as printed, so an odd address never
   * costs the page; {@code +} stays a plus, as it is in a path.
   */
  static String percentDecoded(String address) {
    if (address.indexOf('%') < 0) {
      return address;
    }
    StringBuilder out = new StringBuilder(address.length());
    ByteArrayOutputStream escaped = new ByteArrayOutputStream();
    int i = 0;
    while (i < address.length()) {
      int high = i + 2 < address.length() && address.charAt(i) == '%' ? Character.digit(address.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(address.charAt(i + 2), 16) : -1;
      if (low >= 0) {
        escaped.write(high * 16 + low);
        i += 3;
        continue;
      }
      if (escaped.size() > 0) {
        out.append(escaped.toString(StandardCharsets.UTF_8));
        escaped.reset();
      }
      out.append(address.charAt(i++));
    }
    return out.append(escaped.toString(StandardCharsets.UTF_8)).toString();
  }

  private static String decodeBase64(String token) {
    String padded = token.replace('-', '+').replace('_', '/').replace("=", "");
    while (padded.length() % 4 != 0) {
      padded += "=";
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(padded);
      return new String(bytes, StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String stripFragment(String address) {
    int cut = address.length();
    int hash = address.indexOf('#');
    int query = address.indexOf('?');
    if (hash >= 0) {
      cut = hash;
    }
    if (query >= 0 && query < cut) {
      cut = query;
    }
    return address.substring(0, cut);
  }

  private static DateReading day(int year, int month, int day, String raw) {
    return CalendarDays.of(year, month, day).map(d -> DateReading.ok(d, raw))
        .orElseGet(() -> DateReading.invalid(raw));
  }
}
