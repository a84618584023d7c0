package dev.newswire.app;

import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParseException;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedPageJson;
import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.source.FileSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Parses one page file and prints what the pipeline would emit for it, as JSON; needs no Kafka. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse one page file and print its articles, teasers and dates as JSON (no Kafka needed).")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The page (HTML or text copy).")
  Path file;

  @Option(names = "--url", paramLabel = "URL", converter = Arguments.PageAddress.class, description = "The page's original address (helps recognise the layout and date it).")
  String url;

  @Option(names = "--captured-at", paramLabel = "WHEN", converter = CaptureTimes.class, description = "When the copy was made: a Pyongyang date (YYYY-MM-DD) or an instant, as for run.")
  Instant capturedAt;

  @Mixin PageLimit limit;

  @Option(names = "--compact", description = "One line of JSON instead of indented.")
  boolean compact;

  @Override
  public Integer call() throws Exception {
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), file + ": is a directory; parse takes one page file");
    }
    // Read as ingest reads (bounded, never a special file; a refusal names the file) and parsed as enrich parses
    // a raw page: the same address (the file's, unless --url), content type and capture time as in run.
    List<CapturedPage> read = new ArrayList<>();
    FileSource.of(List.of(file.toString()), url, capturedAt, limit.maxPageBytes).forEach(read::add, refused -> {
      throw new IllegalStateException(refused.describe());
    });
    if (read.isEmpty()) {
      throw new IllegalStateException(file + ": no page in it");
    }
    CapturedPage captured = read.get(0);
    ParsedPage page;
    try {
      page = new PageParser().parse(PageInput.captured(captured.address(), captured.content(),
          captured.contentType(), captured.capturedAt()));
    } catch (PageParseException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println(compact ? ParsedPageJson.toJson(page) : ParsedPageJson.toPrettyJson(page));
    return 0;
  }
}
