package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.text.LineRule;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, honouring in order: a byte-order mark, the content-type charset, a {@code <meta>} charset in
 * the first bytes, then a sniff (UTF-8, else windows-1252). Labels follow the HTML standard's aliases
 * (ISO-8859-1 means windows-1252; the KS C 5601 labels mean the EUC-KR superset windows-949).
 */
public final class PageDecoder {
  private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final LineRule META_CHARSET = LineRule.finding(Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]+)"), head -> Cheap.containsIgnoreCase(head, "<meta"));
  private static final int META_SCAN_BYTES = 4096;

  /** Decoded text plus the charset used and any doubt about it. */
  public record Decoded(String text, Charset charset, List<String> warnings) {
  }

  private PageDecoder() {
  }

  public static Decoded decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, List.of());
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, List.of());
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, List.of());
    }
    String declared = null;
    if (contentType != null) {
      Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
      if (m.find()) {
        declared = m.group(1);
      }
    }
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.pattern().matcher(head);
      if (META_CHARSET.mayMatch(head) && m.find()) {
        declared = m.group(1);
      }
    }
    if (declared != null) {
      Charset charset = lookup(declared);
      if (StandardCharsets.UTF_8.equals(charset)) {
        Utf8 utf8 = Utf8.decode(bytes);
        return new Decoded(utf8.text(), charset, utf8.warnings());
      }
      if (charset != null) {
        return new Decoded(new String(bytes, charset), charset, List.of());
      }
      Decoded sniffed = sniff(bytes);
      return new Decoded(sniffed.text(), sniffed.charset(),
          List.of("unknown charset '" + declared + "', decoded as " + sniffed.charset().name()));
    }
    return sniff(bytes);
  }

  /**
   * UTF-8 when the bytes are, or when they hold at least as many UTF-8 characters of two bytes or more as
   * broken sequences (a UTF-8 page with a few broken bytes stays UTF-8, each bad sequence a U+FFFD, with a
   * warning); otherwise windows-1252, whose every byte is a character: a real windows-1252 page has lone high
   * bytes and next to no valid UTF-8 sequences.
   */
  private static Decoded sniff(byte[] bytes) {
    Utf8 utf8 = Utf8.decode(bytes);
    if (utf8.malformed() == 0 || (utf8.multiByte() > 0 && utf8.multiByte() >= utf8.malformed())) {
      return new Decoded(utf8.text(), StandardCharsets.UTF_8, utf8.warnings());
    }
    Charset cp1252 = Charset.forName("windows-1252");
    return new Decoded(new String(bytes, cp1252), cp1252, List.of());
  }

  /** Bytes read as UTF-8, each malformed sequence replaced by U+FFFD and counted. */
  private record Utf8(String text, int malformed, int multiByte) {
    static Utf8 decode(byte[] bytes) {
      if (isAscii(bytes)) {
        // Most pages: nothing malformed, nothing multi-byte, and the JDK's own ASCII path is the fastest.
        return new Utf8(new String(bytes, StandardCharsets.US_ASCII), 0, 0);
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      // Never more chars than bytes: a character, a surrogate pair or a replacement takes at least one byte each.
      CharBuffer out = CharBuffer.allocate(bytes.length);
      int malformed = 0;
      CoderResult result = decoder.decode(in, out, true);
      while (result.isError()) {
        malformed++;
        out.put('\ufffd');
        in.position(in.position() + result.length());
        result = decoder.decode(in, out, true);
      }
      decoder.flush(out);
      out.flip();
      String text = out.toString();
      int nonAscii = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        // A surrogate pair is one code point; decoding leaves no lone surrogate.
        if (c > 0x7f && !Character.isLowSurrogate(c)) {
          nonAscii++;
        }
      }
      return new Utf8(text, malformed, nonAscii - malformed);
    }

    private static boolean isAscii(byte[] bytes) {
      for (byte b : bytes) {
        if (b < 0) {
          return false;
        }
      }
      return true;
    }

    List<String> warnings() {
      return malformed == 0 ? List.of() : List.of(malformed + (malformed == 1 ? " byte sequence" : " byte sequences")
          + " not valid UTF-8, each replaced by U+FFFD; the rest of the page is UTF-8");
    }
  }

  static Charset lookup(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> name = "windows-1252";
      case "euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "korean", "cp949", "windows-949" ->
          name = "x-windows-949";
      case "utf8" -> name = "UTF-8";
      default -> {
      }
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The guarded patterns, for the equivalence test. */
  static List<LineRule> rules() {
    return List.of(META_CHARSET);
  }
}
