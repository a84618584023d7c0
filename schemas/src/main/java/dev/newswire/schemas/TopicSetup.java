package dev.newswire.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics where they do not exist yet, with the settings {@link Topics#config}
 * gives them, and brings topics an earlier version created to those settings; each service calls it
 * on start.
 */
public final class TopicSetup {
  private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

  private TopicSetup() {}

  public static void ensure(Admin admin, KafkaSettings kafka, Collection<String> names, int partitions, short replication) {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
          .map(n -> new NewTopic(n, partitions, replication).configs(Topics.config(n, kafka))).toList();
      if (!missing.isEmpty()) {
        try {
          admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
          // Another service created it meanwhile: bring it to the settings below like any other.
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      align(admin, kafka, names);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set up topics " + names + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up topics", e);
    }
  }

  /** A topic just created may not be known to every part of the broker yet: ask again for a while. */
  private static Map<ConfigResource, Config> describe(Admin admin, List<ConfigResource> resources)
      throws ExecutionException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return admin.describeConfigs(resources).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  /** Sets whatever differs from {@link Topics#config}; settings newswire does not own are left alone. */
  private static void align(Admin admin, KafkaSettings kafka, Collection<String> names)
      throws ExecutionException, InterruptedException {
    List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> current = describe(admin, resources);
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    for (ConfigResource resource : resources) {
      List<AlterConfigOp> ops = new ArrayList<>();
      Topics.config(resource.name(), kafka).forEach((key, wanted) -> {
        ConfigEntry entry = current.get(resource).get(key);
        if (entry == null || !wanted.equals(entry.value())) {
          ops.add(new AlterConfigOp(new ConfigEntry(key, wanted), AlterConfigOp.OpType.SET));
        }
      });
      if (!ops.isEmpty()) {
        changes.put(resource, ops);
        log.info("topic {}: setting {}", resource.name(), ops.stream().map(op -> op.configEntry().name() + "="
            + op.configEntry().value()).toList());
      }
    }
    if (changes.isEmpty()) {
      return;
    }
    try {
      admin.incrementalAlterConfigs(changes).all().get();
    } catch (ExecutionException e) {
      // A cluster where this user may not alter topics still runs; its administrator is told what to set.
      log.warn("cannot bring topics to newswire's settings ({}); ask an administrator to set: {}",
          e.getCause().getMessage(), changes.entrySet().stream().map(c -> c.getKey().name() + " "
              + c.getValue().stream().map(op -> op.configEntry().name() + "=" + op.configEntry().value()).toList()).toList());
    }
  }
}
