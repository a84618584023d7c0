package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.EventMapper;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.sink.store.Batch;
import dev.newswire.sink.store.Source;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import dev.newswire.testkit.GeneratedPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 generated pages of which about 10% re-capture an earlier page's item under a new address:
 * parsed and mapped as enrich does, stored in a shuffled order, the store holds exactly the distinct
 * items. The 20,000-page run through the whole pipeline is {@code scripts/generated-run} (README).
 */
class GeneratedRecapturesTest {
  private static final int PAGES = 2_000;

  @TempDir Path dir;

  @Test
  void everyReCaptureIsASightingOfTheArticleItCopies() throws Exception {
    GeneratedPages generated = new GeneratedPages(PAGES, 10);
    generated.writeWithExpected(dir);
    assertThat(Files.readString(dir.resolve("expected.json")))
        .contains("\"articles\": " + generated.distinctArticles());
    assertThat(generated.distinctArticles()).as("about 10%% re-captures").isBetween(1_700L, 1_860L);

    PageParser parser = new PageParser();
    List<EventMapper.PageEvents> pages = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      String address = "file:///generated/page-" + i + ".txt";
      pages.add(EventMapper.map(address, null, parser.parse(new PageInput(address,
          generated.page(i).getBytes(StandardCharsets.UTF_8), "text/plain", LocalDate.of(2026, 1, 1)))));
    }
    Collections.shuffle(pages, new Random(7));
    try (Store store = Store.open(Store.defaultJdbcUrl(dir))) {
      long offset = 0;
      for (int from = 0; from < PAGES; from += 250) {
        Batch batch = new Batch();
        for (EventMapper.PageEvents page : pages.subList(from, from + 250)) {
          for (Object event : page.articles()) {
            batch.add(event, Source.synthetic(++offset));
          }
          for (Object event : page.teasers()) {
            batch.add(event, Source.synthetic(++offset));
          }
          batch.add(page.summary(), Source.synthetic(++offset));
        }
        store.write(batch);
      }
      assertThat(store.counts()).isEqualTo(new StoreCounts(PAGES, generated.distinctArticles(),
          generated.distinctTeasers(), generated.sightings(), generated.distinctTeasers(), PAGES));
    }
  }
}
