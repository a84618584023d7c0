package dev.newswire.enrich.parse.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, honouring in order: a byte-order mark, the content-type charset, a {@code <meta>} charset in
 * the first bytes, then a sniff (valid UTF-8, else windows-1252). Labels follow the HTML standard's aliases
 * (ISO-8859-1 means windows-1252; the KS C 5601 labels mean the EUC-KR superset windows-949).
 */
public final class PageDecoder {
  private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]+)");
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
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = m.group(1);
      }
    }
    if (declared != null) {
      Charset charset = lookup(declared);
      if (charset != null) {
        return new Decoded(new String(bytes, charset), charset, List.of());
      }
      Decoded sniffed = sniff(bytes);
      return new Decoded(sniffed.text(), sniffed.charset(),
          List.of("unknown charset '" + declared + "', decoded as " + sniffed.charset().name()));
    }
    return sniff(bytes);
  }

  private static Decoded sniff(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(text, StandardCharsets.UTF_8, List.of());
    } catch (CharacterCodingException e) {
      Charset cp1252 = Charset.forName("windows-1252");
      return new Decoded(new String(bytes, cp1252), cp1252, List.of());
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
}
