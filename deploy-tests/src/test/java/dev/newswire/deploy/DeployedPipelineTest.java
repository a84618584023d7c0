package dev.newswire.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.testkit.GeneratedPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;

/**
 * The services as users deploy them: two enrich and two sink containers from the newswire image, next
 * to the broker, the registry and PostgreSQL in containers, on one network. One stack serves the
 * scenarios in order; each ingests the same 2,000 generated pages (10% re-captures) under a new
 * directory, so each run adds a capture of every item and a sighting of every teaser, and the store must
 * hold exactly the generator's articles and teasers, with the sightings of every run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class DeployedPipelineTest {
  private static final int PAGES = 2_000;
  private static final Duration SETTLE = Duration.ofMinutes(8);

  @TempDir static Path dir;
  private static JsonNode expected;
  private static Stack stack;
  private static int runs;

  @BeforeAll
  static void startStack() throws Exception {
    ContainerRuntime.require(Stack.images());
    new GeneratedPages(PAGES, 10).writeWithExpected(dir);
    expected = new ObjectMapper().readTree(Files.readString(dir.resolve("expected.json")));
    stack = new Stack();
    stack.start();
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void twoThousandGeneratedPagesAreStoredExactly() throws Exception {
    String summary = stack.ingest(dir.resolve("pages"), "run-" + ++runs);
    Stack.say("ingest: %s", summary);
    awaitExactly(afterRuns(runs));
  }

  @Test
  @Order(2)
  void everyServiceIsReadyAndItsMetricsAgreeWithTheStore() throws Exception {
    assertThat(runs).as("after the first run, before any crash").isEqualTo(1);
    assertEveryServiceReady();
    Metrics enrich = metrics(stack.enrich.get(0)).plus(metrics(stack.enrich.get(1)));
    Metrics sinks = metrics(stack.sinks.get(0)).plus(metrics(stack.sinks.get(1)));
    StoreCounts store = stack.counts();
    // Enrich counts processing, not commits: a transaction aborted under load (a rebalance, a timeout) is
    // processed again. Every page at least once, and each generated page holds one article.
    assertThat(enrich.sum("newswire_pages_parsed_total")).isGreaterThanOrEqualTo(store.pages());
    assertThat(enrich.sum("newswire_articles_emitted_total")).isEqualTo(enrich.sum("newswire_pages_parsed_total"));
    assertThat(enrich.sum("newswire_teasers_emitted_total")).isGreaterThanOrEqualTo(store.teaserSightings());
    assertThat(enrich.sum("newswire_dead_letters_total")).isZero();
    // The sink counts rows of committed transactions only.
    assertThat(sinks.sum("newswire_sink_rows_written_total", "table=\"pages\"")).isEqualTo(store.pages());
    assertThat(sinks.sum("newswire_sink_rows_written_total", "table=\"article_sightings\""))
        .isEqualTo(store.articleSightings());
    assertThat(sinks.sum("newswire_sink_rows_written_total", "table=\"teaser_sightings\""))
        .isEqualTo(store.teaserSightings());
    assertThat(sinks.sum("newswire_sink_consumer_lag")).isZero();
    assertThat(sinks.sum("newswire_dead_letters_total")).isZero();
    // The Kafka clients' own metrics are there too.
    assertThat(enrich.text()).contains("kafka_stream");
    assertThat(sinks.text()).contains("kafka_consumer");
  }

  @Test
  @Order(3)
  void killingAnEnrichAndASinkMidRunLosesAndDuplicatesNothing() throws Exception {
    StoreCounts target = afterRuns(++runs);
    CompletableFuture<String> ingest = CompletableFuture.supplyAsync(() -> stack.ingest(dir.resolve("pages"), "run-" + runs));
    StoreCounts atKill = awaitStore(c -> c.articleSightings() >= target.articleSightings() - PAGES + 100);
    stack.kill(stack.enrich.get(0));
    stack.kill(stack.sinks.get(1));
    assertThat(atKill.articleSightings()).as("killed mid-run").isLessThan(target.articleSightings());
    Thread.sleep(3_000);
    stack.restart(stack.enrich.get(0));
    stack.restart(stack.sinks.get(1));
    Stack.say("ingest: %s", ingest.join());
    awaitExactly(target);
    assertEveryServiceReady();
  }

  @Test
  @Order(4)
  void restartingTheBrokerMidRunLosesNothing() throws Exception {
    StoreCounts target = afterRuns(++runs);
    // Ingest runs alongside, as in the kill scenario: waiting for it first gave a pipeline that keeps up
    // with ingest the time to store the whole run before the broker was stopped.
    CompletableFuture<String> ingest = CompletableFuture.supplyAsync(() -> stack.ingest(dir.resolve("pages"), "run-" + runs));
    StoreCounts atStop = awaitStore(c -> c.articleSightings() >= target.articleSightings() - PAGES + 100);
    stack.stop(stack.kafka);
    assertThat(atStop.articleSightings()).as("broker stopped mid-run").isLessThan(target.articleSightings());
    Thread.sleep(5_000);
    stack.restart(stack.kafka);
    await(() -> stack.listening(stack.kafka, 9092), "the broker listens again");
    Stack.say("ingest: %s", ingest.join());
    awaitExactly(target);
    assertEveryServiceReady();
  }

  /** What the store must hold after the given number of runs of the same pages under new addresses. */
  private static StoreCounts afterRuns(int n) {
    return new StoreCounts(n * expected.get("pages").asLong(), expected.get("articles").asLong(),
        n * expected.get("article_sightings").asLong(), expected.get("teasers").asLong(),
        n * expected.get("teaser_sightings").asLong(), expected.get("linked_teasers").asLong());
  }

  /** Waits until the store holds exactly the expected rows, and still does a little later. */
  private static void awaitExactly(StoreCounts target) throws Exception {
    long started = System.nanoTime();
    awaitStore(target::equals);
    Stack.say("store exact after %s s: %s", (System.nanoTime() - started) / 1_000_000_000, target);
    Thread.sleep(5_000);
    assertThat(stack.counts()).isEqualTo(target);
  }

  private static StoreCounts awaitStore(Predicate<StoreCounts> condition) throws Exception {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    StoreCounts counts = null;
    while (System.nanoTime() < deadline) {
      try {
        counts = stack.counts();
        if (condition.test(counts)) {
          return counts;
        }
      } catch (SQLException e) {
        counts = null; // the sink has not created the tables yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("waited " + SETTLE + " for the store; it holds " + counts);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s until %s", SETTLE, what).isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  private static void assertEveryServiceReady() throws Exception {
    for (GenericContainer<?> c : stack.newswireServices()) {
      await(() -> stack.ready(c), Stack.name(c) + " is ready");
      assertThat(stack.get(c, "/health/live").statusCode()).as(Stack.name(c) + " live").isEqualTo(200);
      assertThat(metrics(c).has("newswire_dead_letters_total")).as(Stack.name(c) + " /metrics").isTrue();
    }
    assertThat(stack.get(stack.registry, 8080, "/health/ready").statusCode()).as("registry ready").isEqualTo(200);
    assertThat(stack.listening(stack.kafka, 9092)).as("broker listening").isTrue();
    assertThat(stack.counts()).as("PostgreSQL answers").isNotNull();
  }

  private static Metrics metrics(GenericContainer<?> c) throws Exception {
    var response = stack.get(c, "/metrics");
    assertThat(response.statusCode()).as(Stack.name(c) + " /metrics").isEqualTo(200);
    return new Metrics(response.body());
  }
}
