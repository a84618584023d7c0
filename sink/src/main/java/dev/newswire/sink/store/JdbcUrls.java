package dev.newswire.sink.store;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown to people: never with a password in them. */
public final class JdbcUrls {
  // password=... as a URL parameter, and user:password@ in an authority.
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

  private JdbcUrls() {}

  public static String mask(String jdbcUrl) {
    if (jdbcUrl == null) {
      return null;
    }
    String masked = PASSWORD_PARAM.matcher(jdbcUrl).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1***@");
  }
}
