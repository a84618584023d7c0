package dev.newswire.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Where a run's CPU went between two moments: each thread of its JVM by role (sink, enrich, the JIT
 * compilers, ...), its registry process, the PostgreSQL server's processes on this machine (what a
 * PostgreSQL sink's statements cost is spent there), and how busy the whole machine was. Read from Linux's
 * {@code /proc}; elsewhere there is nothing to read and the split is empty.
 *
 * <p>Threads end before the run does (the sink's, enrich's) and their {@code /proc} entries with them,
 * so every thread's last figure is kept from the samples taken while the run lasts.
 */
final class CpuSplit {
  /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ, fixed at 100 on every common build). */
  private static final double TICKS_PER_SECOND = 100;

  /** Roles, in the order printed, by what a thread's name starts with (the kernel keeps its first 15 characters). */
  private static final List<Map.Entry<String, List<String>>> ROLES = List.of(
      Map.entry("sink", List.of("newswire-sink")),
      Map.entry("enrich", List.of("newswire-enrich")),
      Map.entry("JIT compilers", List.of("C1 CompilerThre", "C2 CompilerThre")),
      Map.entry("GC", List.of("GC Thread", "G1 ", "VM Thread")),
      Map.entry("main (ingest, completion watch)", List.of("java", "main")),
      Map.entry("Kafka clients' I/O", List.of("kafka-producer-", "kafka-coordinat")));
  private static final String BROKER_AND_REST = "broker and the rest";

  /** A thread's name and CPU ticks so far. */
  record ThreadTicks(String name, long ticks) {}

  /** The machine's busy and total ticks over all its cores so far, from the first line of /proc/stat. */
  record MachineTicks(long busy, long total) {}

  /** What was read at one moment: every thread of the JVM, the registry's ticks, the machine's. */
  record Snapshot(Map<Long, ThreadTicks> threads, long registryTicks, long postgresTicks, MachineTicks machine) {}

  private final long jvmPid;
  private final Map<Long, ThreadTicks> lastSeen = new ConcurrentHashMap<>();
  private final Map<Long, Long> registryLastSeen = new ConcurrentHashMap<>();
  private final Map<Long, Long> postgresLastSeen = new ConcurrentHashMap<>();

  CpuSplit(long jvmPid) {
    this.jvmPid = jvmPid;
  }

  /** Records every thread's figure now; called by the run's sampler every half second. */
  void sample(Iterable<Long> registryPids) {
    Path tasks = Path.of("/proc", String.valueOf(jvmPid), "task");
    try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
      for (Path task : all) {
        read(task.resolve("stat")).ifPresent(t -> lastSeen.put(Long.parseLong(task.getFileName().toString()), t));
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the JVM has exited: the figures kept so far stand.
    }
    for (long pid : registryPids) {
      read(Path.of("/proc", String.valueOf(pid), "stat")).ifPresent(t -> registryLastSeen.put(pid, t.ticks()));
    }
    ProcessHandle.allProcesses().forEach(p -> read(Path.of("/proc", String.valueOf(p.pid()), "stat"))
        .filter(t -> t.name().equals("postgres")).ifPresent(t -> postgresLastSeen.put(p.pid(), t.ticks())));
  }

  /** Samples now and returns everything kept so far. */
  Snapshot snapshot(Iterable<Long> registryPids) {
    sample(registryPids);
    return new Snapshot(Map.copyOf(lastSeen), sum(registryLastSeen), sum(postgresLastSeen), machine());
  }

  /**
   * The CPU seconds between two snapshots by role, largest first after the machine's use, e.g.
   * {@code machine 1.9 of 2 cores busy over 9.8 s; sink 6.1 s, enrich 5.0 s, ...}; empty when nothing was read.
   */
  static String describe(Snapshot before, Snapshot after, double seconds, int cores) {
    Map<String, Long> byRole = new LinkedHashMap<>();
    ROLES.forEach(r -> byRole.put(r.getKey(), 0L));
    byRole.put(BROKER_AND_REST, 0L);
    long all = 0;
    for (Map.Entry<Long, ThreadTicks> e : after.threads().entrySet()) {
      ThreadTicks earlier = before.threads().get(e.getKey());
      long ticks = e.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
      byRole.merge(role(e.getValue().name()), ticks, Long::sum);
      all += ticks;
    }
    if (all == 0) {
      return "";
    }
    byRole.put("registry", after.registryTicks() - before.registryTicks());
    String postgres = after.postgresTicks() - before.postgresTicks() <= 0 ? ""
        : String.format(Locale.ROOT, "; PostgreSQL server %.1f CPU s", (after.postgresTicks() - before.postgresTicks())
            / TICKS_PER_SECOND);
    long busy = after.machine().busy() - before.machine().busy();
    long total = after.machine().total() - before.machine().total();
    String machine = total <= 0 ? "" : String.format(Locale.ROOT, "machine %.1f of %d cores busy over %.1f s; ",
        cores * (double) busy / total, cores, seconds);
    return machine + String.format(Locale.ROOT, "run's JVM %.1f CPU s: ", all / TICKS_PER_SECOND)
        + byRole.entrySet().stream().filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / TICKS_PER_SECOND))
            .collect(Collectors.joining(", ")) + postgres;
  }

  private static long sum(Map<Long, Long> ticks) {
    return ticks.values().stream().mapToLong(Long::longValue).sum();
  }

  static String role(String threadName) {
    for (Map.Entry<String, List<String>> r : ROLES) {
      for (String prefix : r.getValue()) {
        if (prefix.equals("java") || prefix.equals("main") ? threadName.equals(prefix) : threadName.startsWith(prefix)) {
          return r.getKey();
        }
      }
    }
    return BROKER_AND_REST;
  }

  /**
   * A {@code stat} line's name and user + system ticks. The name is in brackets and may itself hold
   * spaces and brackets ({@code kafka-producer-network-thread | producer-1} is cut to 15 characters),
   * so the fields are counted from the last closing bracket.
   */
  static Optional<ThreadTicks> parse(String stat) {
    int open = stat.indexOf('(');
    int close = stat.lastIndexOf(')');
    if (open < 0 || close < open) {
      return Optional.empty();
    }
    String[] fields = stat.substring(close + 2).trim().split(" ");
    // After the name: state is field 3 of the line, utime 14 and stime 15.
    if (fields.length < 13) {
      return Optional.empty();
    }
    return Optional.of(new ThreadTicks(stat.substring(open + 1, close),
        Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
  }

  /** The machine's first {@code cpu} line: busy is everything but idle and iowait. */
  static MachineTicks parseMachine(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    long total = 0;
    for (int i = 1; i < f.length && i <= 8; i++) {
      total += Long.parseLong(f[i]);
    }
    long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
    return new MachineTicks(total - idle, total);
  }

  private static MachineTicks machine() {
    try {
      return parseMachine(Files.readAllLines(Path.of("/proc/stat")).get(0));
    } catch (IOException | RuntimeException e) {
      return new MachineTicks(0, 0);
    }
  }

  private static Optional<ThreadTicks> read(Path stat) {
    try {
      return parse(Files.readString(stat));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
