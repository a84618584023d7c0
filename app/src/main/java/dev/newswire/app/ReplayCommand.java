package dev.newswire.app;

import dev.newswire.enrich.EnrichReplay;
import dev.newswire.enrich.EnrichService;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Rewinds the (stopped) enrich application so its next start parses the raw pages again. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Rewind the enrich application to the start of the raw-pages topic (or to --since), so that "
        + "its next start re-parses the archive with the current parser. Stop every enrich instance first.")
final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;

  @Option(names = "--application-id", defaultValue = "${env:NEWSWIRE_ENRICH_APPLICATION_ID:-" + EnrichService.DEFAULT_APPLICATION_ID + "}",
      description = "The enrich application to rewind (default ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--since", paramLabel = "DATE", converter = CaptureTimes.class,
      description = "Only pages ingested at or after this date (YYYY-MM-DD) or instant.")
  Instant since;

  @Override
  public Integer call() {
    try (Admin admin = Admin.create(kafka.settings().clientConfig())) {
      long pages = EnrichReplay.rewind(admin, applicationId, since);
      spec.commandLine().getOut().printf("replay: %s rewound; %,d raw pages will be parsed again on its next start%n",
          applicationId, pages);
    }
    return 0;
  }
}
