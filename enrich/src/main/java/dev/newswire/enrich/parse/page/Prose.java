package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.text.LineRule;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning of one line or paragraph of article text, the same for text copies and HTML. */
public final class Prose {
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00a0\\u2007\\u202f\\u3000\\t\\f\\r\\n\\u000b]");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200b\\u200c\\u200d\\ufeff]");
  private static final Pattern RUNS_OF_SPACE = Pattern.compile(" {2,}");
  // Each pattern is linear on any line: a run is possessive (never given back) and may start only where it
  // starts (a lookbehind), not again at each of its characters. LONE_PIPES runs after RUNS_OF_SPACE and
  // EDGE_PIPES, so its pipes are never followed by a space or the end, and giving pipes back never helps.
  // "Kim Jong Un ," and "( text )" come from leader-name markup and table cells, never from the writers.
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("(?<! ) ++(?=[,.;:!?)\\]])");
  private static final Pattern SPACE_BEFORE_POSSESSIVE = Pattern.compile("(?<=\\p{L}) ++(?=['\u2019]s\\b)");
  private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("(?<=[(\\[]) ++");
  private static final Pattern EDGE_PIPES = Pattern.compile("^[|\\s]++|(?<![|\\s])[|\\s]++$");
  private static final Pattern LONE_PIPES = Pattern.compile(" (?:\\| ?)++(?=\\S)");
  // Both end marks end the paragraph: its last visible character is their '-' or ')'.
  private static final LineRule END_MARK = LineRule.finding(Pattern.compile("(?<!\\s)\\s*+-\\s?0\\s?-\\s*+$"),
      line -> Cheap.lastVisible(line) == '-');
  // Text renderings of kcna.kp pages glue the publish-time stamp to the end mark without its www.kcna.kp.
  private static final LineRule END_MARK_STAMP = LineRule.finding(Pattern.compile(
      "-\\s?0\\s?-[ \\u00a0]*+\\((?<stamp>(?i:Juche)?[ \\u00a0]*+\\d{1,4}\\.\\d{1,2}\\.\\d{1,2}\\.?)\\)[ \\u00a0]*+$"),
      line -> Cheap.lastVisible(line) == ')');

  // What each ASCII character calls for in the scan of cleanDecoded (the scan is the cost of a clean line).
  private static final byte ODD = 1;
  private static final byte PIPE = 2;
  private static final byte OPEN = 3;
  private static final byte SPACE = 4;
  private static final byte[] ASCII = new byte[128];
  private static final boolean[] AFTER_SPACE = new boolean[128];

  static {
    for (char c : new char[] {'\t', '\f', '\r', '\n', '\u000b'}) {
      ASCII[c] = ODD;
    }
    ASCII['|'] = PIPE;
    ASCII['('] = OPEN;
    ASCII['['] = OPEN;
    ASCII[' '] = SPACE;
    for (char c : new char[] {' ', ',', '.', ';', ':', '!', '?', ')', ']', '\'', '|'}) {
      AFTER_SPACE[c] = true;
    }
  }

  private Prose() {
  }

  /** Entities decoded, spaces normalised, stray spaces before punctuation and table pipes removed. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    return cleanDecoded(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw);
  }

  /** As {@link #clean}, for text whose entities are already decoded (HTML text nodes). */
  public static String cleanDecoded(String decoded) {
    // Most lines need none of the passes below; one scan for their trigger characters lets a
    // clean line skip all eight (this was half the parser's time).
    boolean zeroWidth = false;
    boolean oddSpace = false;
    boolean pipe = false;
    boolean spaceBeforeSomething = false;
    boolean openBracket = false;
    int n = decoded.length();
    for (int i = 0; i < n; i++) {
      char c = decoded.charAt(i);
      if (c < 128) {
        byte kind = ASCII[c];
        if (kind == 0) {
          continue;
        }
        switch (kind) {
          case ODD -> oddSpace = true;
          case PIPE -> pipe = true;
          case OPEN -> openBracket |= i + 1 < n && decoded.charAt(i + 1) == ' ';
          case SPACE -> spaceBeforeSomething |= i + 1 < n && isAfterSpaceTrigger(decoded.charAt(i + 1));
          default -> { }
        }
      } else {
        switch (c) {
          case '\u200b', '\u200c', '\u200d', '\ufeff' -> zeroWidth = true;
          case '\u00a0', '\u2007', '\u202f', '\u3000' -> oddSpace = true;
          default -> { }
        }
      }
    }
    String s = decoded;
    if (zeroWidth) {
      s = ZERO_WIDTH.matcher(s).replaceAll("");
    }
    if (oddSpace) {
      s = ODD_SPACES.matcher(s).replaceAll(" ");
    }
    if (oddSpace || spaceBeforeSomething) {
      s = RUNS_OF_SPACE.matcher(s).replaceAll(" ");
    }
    if (pipe) {
      s = EDGE_PIPES.matcher(s).replaceAll("");
      s = LONE_PIPES.matcher(s).replaceAll(" ");
    }
    if (oddSpace || spaceBeforeSomething || pipe) {
      s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("");
      s = SPACE_BEFORE_POSSESSIVE.matcher(s).replaceAll("");
    }
    if (openBracket) {
      s = SPACE_AFTER_OPEN.matcher(s).replaceAll("");
    }
    return s.strip();
  }

  /** Characters that, right after a space, call for a cleaning pass: punctuation, a quote, another space. */
  private static boolean isAfterSpaceTrigger(char next) {
    return next < 128 ? AFTER_SPACE[next] : next == '\u2019';
  }

  /** Fewest words a line needs to read as a sentence of running prose. */
  private static final int SENTENCE_WORDS = 8;

  /**
   * A line of running prose: it opens with a capital, closes with a full stop, has at least eight words and is
   * nine parts in ten letters, digits and spaces. What a page of text decoded from other bytes never holds.
   */
  public static boolean isSentence(String line) {
    int n = line.length();
    if (n < 2 * SENTENCE_WORDS || line.charAt(n - 1) != '.' || !Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    int wordy = 0;
    int spaces = 0;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        spaces++;
        wordy++;
      } else if (Character.isLetterOrDigit(c)) {
        wordy++;
      }
    }
    return spaces + 1 >= SENTENCE_WORDS && wordy * 10 >= n * 9;
  }

  /** Whether the paragraph ends in KCNA's {@code -0-} end mark, alone or with the stamp glued after it. */
  public static boolean hasEndMark(String paragraph) {
    return END_MARK.test(paragraph) || END_MARK_STAMP.test(paragraph);
  }

  /** The paragraph without its trailing {@code -0-} end mark (and any stamp glued after it). */
  public static String withoutEndMark(String paragraph) {
    if (!END_MARK.mayMatch(paragraph) && !END_MARK_STAMP.mayMatch(paragraph)) {
      return paragraph.strip();
    }
    String cut = END_MARK_STAMP.pattern().matcher(paragraph).replaceAll("");
    return END_MARK.pattern().matcher(cut).replaceAll("").strip();
  }

  /** The date of a stamp glued after the end mark, {@code -0- (Juche112.3.18.)}, as {@code Juche112.3.18.}. */
  public static Optional<String> endStamp(String paragraph) {
    if (!END_MARK_STAMP.mayMatch(paragraph)) {
      return Optional.empty();
    }
    Matcher m = END_MARK_STAMP.pattern().matcher(paragraph);
    return m.find() ? Optional.of(m.group("stamp")) : Optional.empty();
  }

  /** The guarded patterns, for the equivalence test. */
  static List<LineRule> rules() {
    return List.of(END_MARK, END_MARK_STAMP);
  }
}
