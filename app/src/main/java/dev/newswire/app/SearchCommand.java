package dev.newswire.app;

import dev.newswire.sink.store.SearchHit;
import dev.newswire.sink.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles by words and dates, newest first; prints date, title and address.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "WORD", arity = "0..*", description = "Words the article must contain (all of them).")
  List<String> words = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Arguments.IsoDate.class, description = "Published on or after this date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Arguments.IsoDate.class, description = "Published on or before this date.")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "20", converter = Arguments.AtLeastOne.class, description = "At most this many hits (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    if (from != null && to != null && from.isAfter(to)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store opened = store.open()) {
      List<SearchHit> hits = opened.search(String.join(" ", words), from, to, limit);
      for (SearchHit hit : hits) {
        out.printf("%s  %s  %s%n", hit.published() == null ? "----------" : hit.published(),
            hit.title() == null ? "(untitled)" : Printable.of(hit.title()), Printable.of(hit.address()));
      }
      spec.commandLine().getErr().printf("%d %s%n", hits.size(), hits.size() == 1 ? "hit" : "hits");
    }
    return 0;
  }
}
