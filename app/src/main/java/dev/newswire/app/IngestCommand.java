package dev.newswire.app;

import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.PagePublisher;
import dev.newswire.ingest.Progress;
import dev.newswire.ingest.source.FileSource;
import dev.newswire.ingest.source.HttpSource;
import dev.newswire.ingest.source.PageSource;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.TopicSetup;
import dev.newswire.schemas.Topics;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Publishes pages to the raw-pages topic of an existing Kafka cluster. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Publish page files, directories, globs, web archives (.warc/.warc.gz) or HTTP addresses "
        + "to the raw-pages topic, unchanged.")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, directories, globs or archives.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--http", paramLabel = "URL", converter = Arguments.HttpUrl.class, description = "Fetch this address and publish it; repeatable.")
  List<URI> http = new ArrayList<>();

  @Mixin PageOptions page;

  @Option(names = "--partitions", defaultValue = "2", converter = Arguments.AtLeastOne.class, description = "Partitions for topics created here (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--replication-factor", defaultValue = "1", converter = Arguments.Replication.class, description = "Replication for topics created here (default ${DEFAULT-VALUE}).")
  short replication;

  @Override
  public Integer call() throws Exception {
    if (inputs.isEmpty() && http.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one INPUT or --http URL");
    }
    KafkaSettings settings = kafka.settings();
    try (Admin admin = Admin.create(settings.clientConfig())) {
      TopicSetup.ensure(admin, settings, List.of(Topics.RAW_PAGES, Topics.DEAD_LETTERS), partitions, replication);
    }
    List<PageSource> sources = new ArrayList<>();
    if (!inputs.isEmpty()) {
      sources.add(FileSource.of(inputs, page.url, page.capturedAt, settings.maxPageBytes()));
    }
    HttpSource fetched = http.isEmpty() ? null : new HttpSource(http, Duration.ofSeconds(30), Clock.systemUTC(),
        settings.maxPageBytes());
    if (fetched != null) {
      sources.add(fetched);
    }
    long failed = 0;
    long rejected = 0;
    Topics topics = settings.topics();
    try (PagePublisher publisher = new PagePublisher(settings, topics.rawPages(), topics.deadLetters(),
        Clock.systemUTC(), Progress.to(spec.commandLine().getErr()))) {
      for (PageSource source : sources) {
        IngestSummary summary = publisher.publish(source);
        failed += summary.failed();
        rejected += summary.rejected();
      }
    }
    if (fetched != null) {
      failed += fetched.failures();
    }
    return failed > 0 ? 3 : rejected > 0 ? 4 : 0;
  }
}
