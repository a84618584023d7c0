package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.EventMapper;
import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.date.DatePrecedence;
import dev.newswire.sink.store.Batch;
import dev.newswire.sink.store.BestVersion;
import dev.newswire.sink.store.PagesSummary;
import dev.newswire.sink.store.Source;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoredArticle;
import dev.newswire.testkit.OneItem;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One news item, parsed from three real-shaped captures and stored in every arrival order: one article. */
class OneArticlePerItemTest {
  private static final PageParser PARSER = new PageParser();

  @TempDir Path dir;

  @Test
  void aKcnaWatchCopyTheKcnaKpPageAndACutCopyInEveryOrderGiveOneArticleWithThreeSightings() throws Exception {
    List<EventMapper.PageEvents> captures = new ArrayList<>();
    for (OneItem.Capture c : OneItem.all()) {
      captures.add(EventMapper.map(c.address(), c.capturedAt(), PARSER.parse(new PageInput(c.address(), c.content(),
          c.contentType(), c.capturedAt().atZone(ZoneId.of("Asia/Pyongyang")).toLocalDate()))));
    }
    List<String> addresses = OneItem.all().stream().map(OneItem.Capture::address).toList();
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    Set<StoredArticle> bestVersions = new HashSet<>();
    for (int n = 0; n < orders.length; n++) {
      try (Store store = Store.open(Store.defaultJdbcUrl(dir.resolve("order-" + n)))) {
        long offset = 0;
        for (int i : orders[n]) {
          Batch batch = new Batch();
          for (Object event : captures.get(i).articles()) {
            batch.add(event, Source.synthetic(++offset));
          }
          store.write(batch.add(captures.get(i).summary(), Source.synthetic(++offset)));
        }
        assertThat(store.counts().articles()).isEqualTo(1);
        assertThat(store.counts().articleSightings()).isEqualTo(3);
        assertThat(store.storedPages(captures.stream().map(c -> c.summary().getPage()).toList())).hasSize(3);
        PagesSummary summary = store.summarize(addresses, 10);
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.articleSightings()).isEqualTo(3);
        bestVersions.add(summary.firstArticles().get(0));
      }
    }
    assertThat(bestVersions).singleElement().satisfies(a -> {
      assertThat(a.body()).as("the most complete body").endsWith(OneItem.FULL_BODY_END);
      assertThat(a.published()).hasToString("2025-12-13");
      assertThat(a.publishedSource()).as("kcna.kp's footer outranks KCNA Watch's header").isEqualTo("FOOTER");
      assertThat(a.datelinePlace()).isEqualTo("Pyongyang");
    });
  }

  @Test
  void theStoreRanksDateSourcesAsEnrichDoes() {
    assertThat(BestVersion.SOURCE_ORDER).isEqualTo(DatePrecedence.ORDER.stream().map(DateSource::name).toList());
  }
}
