package dev.newswire.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * {@code newswire run} as a user starts it, in a JVM of its own on this JVM's classpath: its output
 * lines with the time each arrived, the peak resident memory of that JVM and of the registry
 * process it starts (the kernel's high-water marks, sampled until they exit), and its CPU by thread.
 */
final class ChildRun implements AutoCloseable {
  record Line(long nanos, String text) {}

  private final Process process;
  private final List<Line> lines = new ArrayList<>();
  private final AtomicLong jvmPeakKb = new AtomicLong();
  private final AtomicLong registryPeakKb = new AtomicLong();
  private final ConcurrentHashMap<Long, Boolean> registryPids = new ConcurrentHashMap<>();
  private final Thread sampler;
  private final CpuSplit cpu;
  private boolean outputEnded;

  ChildRun(Path log, List<String> runArguments) throws IOException {
    // The JVM options and classpath ./newswire gives a run (it passes them on); a bounded heap without it.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    String options = System.getenv("NEWSWIRE_RUN_JAVA_OPTIONS");
    command.addAll(List.of((options != null && !options.isBlank() ? options : "-Xmx1g").trim().split("\\s+")));
    String classpath = System.getenv("NEWSWIRE_APP_CLASSPATH");
    command.addAll(List.of("-cp", classpath != null ? classpath : System.getProperty("java.class.path"),
        "dev.newswire.app.Main", "run"));
    command.addAll(runArguments);
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    cpu = new CpuSplit(process.pid());
    Files.createDirectories(log.getParent());
    CompletableFuture.runAsync(() -> read(process.getInputStream(), log));
    sampler = new Thread(this::sample, "bench-rss");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void read(InputStream in, Path log) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var out = Files.newBufferedWriter(log)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        long now = System.nanoTime();
        synchronized (lines) {
          lines.add(new Line(now, line));
          lines.notifyAll();
        }
        out.write(line);
        out.newLine();
        out.flush();
      }
    } catch (IOException e) {
      // The process is gone; what it printed is in the log.
    } finally {
      synchronized (lines) {
        outputEnded = true;
        lines.notifyAll();
      }
    }
  }

  private void sample() {
    while (process.isAlive()) {
      jvmPeakKb.accumulateAndGet(highWaterKb(process.pid()), Math::max);
      process.descendants().forEach(p -> {
        if (p.info().command().map(c -> c.endsWith("java")).orElse(false)) {
          registryPids.put(p.pid(), true);
        }
      });
      registryPids.keySet().forEach(pid -> registryPeakKb.accumulateAndGet(highWaterKb(pid), Math::max));
      cpu.sample(registryPids.keySet());
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long highWaterKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Exited between two samples: its peak was taken at the last one.
    }
    return 0;
  }

  /** Waits for a line the test accepts and returns it with the time it arrived. */
  Line await(Predicate<String> test, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    synchronized (lines) {
      for (int seen = 0; ; ) {
        for (; seen < lines.size(); seen++) {
          if (test.test(lines.get(seen).text())) {
            return lines.get(seen);
          }
        }
        if (outputEnded || System.nanoTime() > deadline) {
          throw new IllegalStateException("newswire run did not print what was expected (" + (process.isAlive()
              ? "still running" : "exit " + process.exitValue()) + "); its last lines: " + tail());
        }
        lines.wait(200);
      }
    }
  }

  /** The lines printed so far that the test accepts, with the times they arrived. */
  List<Line> linesWhere(Predicate<String> test) {
    synchronized (lines) {
      return lines.stream().filter(l -> test.test(l.text())).toList();
    }
  }

  int waitFor(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException("newswire run did not end within " + timeoutSeconds + " s");
    }
    sampler.join(2000);
    return process.exitValue();
  }

  /** The CPU of the run's threads and its registry so far, to compare with a later one. */
  CpuSplit.Snapshot cpu() {
    return cpu.snapshot(registryPids.keySet());
  }

  long jvmPeakMb() {
    return jvmPeakKb.get() / 1024;
  }

  long registryPeakMb() {
    return registryPeakKb.get() / 1024;
  }

  private String tail() {
    synchronized (lines) {
      return lines.subList(Math.max(0, lines.size() - 5), lines.size()).stream().map(Line::text).toList().toString();
    }
  }

  /** Stops the run as Ctrl-C would (its shutdown hook stops enrich, sink, registry and broker). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    sampler.join(2000);
  }
}
