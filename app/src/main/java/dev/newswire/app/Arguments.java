package dev.newswire.app;

import dev.newswire.schemas.KafkaSettings;
import dev.newswire.sink.store.JdbcUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that check each numeric, address and date argument (and the environment variable behind
 * its default) while the command line is parsed, so a bad one is a one-line error and exit 2 before
 * anything starts.
 */
public final class Arguments {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(KiB|MiB|K|M|k|m|KB|MB)?");
  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9._\\-\\[\\]:]+:(\\d{1,5})");

  private Arguments() {}

  static long number(String value, long min, long max, String what) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (n < min || n > max) {
      throw new TypeConversionException(value + " is out of range: " + what);
    }
    return n;
  }

  /** A TCP port, 0 meaning any free one. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) number(value, 0, 65_535, "a port is 0 (any free port) to 65535");
    }
  }

  /** The health endpoint's port: 0 for any free one, -1 for none. */
  static final class HealthPort implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) number(value, -1, 65_535, "a health port is -1 (none), 0 (any free port) or 1 to 65535");
    }
  }

  /** A count of at least one, such as partitions, a batch size or a number of pages. */
  public static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) number(value, 1, Integer.MAX_VALUE, "at least 1");
    }
  }

  /** A replication factor: 1 up to the largest cluster anyone runs. */
  static final class Replication implements ITypeConverter<Short> {
    @Override
    public Short convert(String value) {
      return (short) number(value, 1, 32, "1 to 32");
    }
  }

  /** A timeout in seconds: at least one, at most a week. */
  static final class Seconds implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return number(value, 1, 7 * 24 * 3600, "1 to 604800 seconds");
    }
  }

  /** A size in bytes: 8388608, 8MiB, 512KiB (K and M mean the same). */
  static final class PageBytes implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      var m = SIZE.matcher(value.trim());
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a size (8388608, 512KiB, 8MiB)");
      }
      long unit = m.group(2) == null ? 1 : Character.toUpperCase(m.group(2).charAt(0)) == 'K' ? 1024 : 1024 * 1024;
      long bytes = number(m.group(1), 0, Long.MAX_VALUE / (1 << 20), "a size") * unit;
      if (bytes < KafkaSettings.MIN_MAX_PAGE_BYTES || bytes > KafkaSettings.MAX_MAX_PAGE_BYTES) {
        throw new TypeConversionException(value + " is out of range: " + (KafkaSettings.MIN_MAX_PAGE_BYTES >> 10)
            + "KiB to " + (KafkaSettings.MAX_MAX_PAGE_BYTES >> 20) + "MiB");
      }
      return (int) bytes;
    }
  }

  /** A calendar date written YYYY-MM-DD, four-digit year: {@code +999999999-12-31} is not one. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return date(value);
    }
  }

  static LocalDate date(String value) {
    if (!ISO_DATE.matcher(value).matches()) {
      throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a calendar date");
    }
  }

  /** A store address newswire can open: SQLite or PostgreSQL. */
  static final class JdbcUrl implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.startsWith("jdbc:sqlite:") && value.length() > "jdbc:sqlite:".length()) {
        return value;
      }
      if (value.startsWith("jdbc:postgresql:") && value.length() > "jdbc:postgresql:".length()) {
        if (value.replaceFirst("^jdbc:postgresql://", "").split("[/?]", 2)[0].contains("@")) {
          throw new TypeConversionException("'" + JdbcUrls.mask(value) + "': the PostgreSQL driver takes no "
              + "user:password@ in the address (use --jdbc-user and NEWSWIRE_JDBC_PASSWORD)");
        }
        return value;
      }
      throw new TypeConversionException("'" + JdbcUrls.mask(value) + "' is not a store newswire knows "
          + "(jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB)");
    }
  }

  /** An absolute http or https address with a host. */
  static final class HttpUrl implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      return httpUrl(value);
    }
  }

  static URI httpUrl(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          || uri.getHost() == null || uri.getPort() > 65_535) {
        throw new TypeConversionException("'" + value + "' is not an http:// or https:// address with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new TypeConversionException("'" + value + "' is not an address: " + e.getReason());
    }
  }

  /** A registry address, kept as text since the clients take text. */
  static final class HttpUrlText implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return httpUrl(value).toString();
    }
  }

  /** A page's original address: absolute, with a scheme (http, https or file). */
  static final class PageAddress implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        URI uri = new URI(value);
        if (!uri.isAbsolute()) {
          throw new TypeConversionException("'" + value + "' is not an absolute address (http://host/path)");
        }
        return value;
      } catch (URISyntaxException e) {
        throw new TypeConversionException("'" + value + "' is not an address: " + e.getReason());
      }
    }
  }

  /** Kafka brokers: HOST:PORT[,HOST:PORT...]. */
  static final class BootstrapServers implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      for (String server : value.split(",", -1)) {
        var m = HOST_PORT.matcher(server.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 65_535) {
          throw new TypeConversionException("'" + server.trim() + "' is not HOST:PORT (port 1-65535)");
        }
      }
      return value;
    }
  }
}
