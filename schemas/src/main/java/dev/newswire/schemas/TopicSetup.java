package dev.newswire.schemas;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics where they do not exist yet; each service calls it on start. */
public final class TopicSetup {
  private TopicSetup() {}

  public static void ensure(Admin admin, List<String> names, int partitions, short replication) {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
          .map(n -> new NewTopic(n, partitions, replication)).toList();
      if (missing.isEmpty()) {
        return;
      }
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topics " + names + ": " + e.getCause().getMessage(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
