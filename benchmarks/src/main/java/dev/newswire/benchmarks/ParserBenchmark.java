package dev.newswire.benchmarks;

import dev.newswire.enrich.EventMapper;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParseException;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Pages per second through the parser, and through the parser plus the mapping to events. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
  /** The parser's own test pages, read in place (the benchmark runs from the repository root). */
  @Param({"samples/kcna-watch-2023-12-04.txt", "fixtures/kcna_kp_article/juche-footer-nobr.html",
      "fixtures/kcna_co_jp/calendar-two-articles.txt"})
  public String page;

  private PageParser parser;
  private PageInput input;

  @Setup
  public void load() throws PageParseException {
    try {
      byte[] content = Files.readAllBytes(Path.of(System.getProperty("newswire.pages", "enrich/src/test/resources"), page));
      input = new PageInput("http://example.invalid/" + page, content, page.endsWith(".html") ? "text/html" : null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parser = new PageParser();
    parser.parse(input); // fails the run early if a page stopped parsing
  }

  @Benchmark
  public ParsedPage parse() throws PageParseException {
    return parser.parse(input);
  }

  @Benchmark
  public EventMapper.PageEvents parseAndMap() throws PageParseException {
    return EventMapper.map(input.address(), Instant.EPOCH, parser.parse(input));
  }
}
