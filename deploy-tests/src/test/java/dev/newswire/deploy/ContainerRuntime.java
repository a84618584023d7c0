package dev.newswire.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;

/**
 * Whether containers can run here: a runtime Testcontainers reaches (Docker, or Podman's API from
 * {@code scripts/containers socket}) holding the images {@code scripts/containers images} builds. Where not,
 * the tests are reported as skipped with the reason, never as passed; NEWSWIRE_REQUIRE_CONTAINERS=true (CI)
 * makes it a failure.
 */
final class ContainerRuntime {
  private ContainerRuntime() {}

  static void require(List<String> images) {
    String missing = missing(images);
    if (missing == null) {
      return;
    }
    assertThat("true".equalsIgnoreCase(System.getenv("NEWSWIRE_REQUIRE_CONTAINERS")))
        .as("%s, and NEWSWIRE_REQUIRE_CONTAINERS=true", missing).isFalse();
    System.err.println("container tests skipped: " + missing);
    Assumptions.abort(missing + "; skipped (scripts/containers all, then eval \"$(scripts/containers env)\")");
  }

  private static String missing(List<String> images) {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return "no container runtime (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + ")";
    }
    for (String image : images) {
      try {
        DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        return "no image " + image;
      }
    }
    return null;
  }
}
