package dev.newswire.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswire.benchmarks.CpuSplit.MachineTicks;
import dev.newswire.benchmarks.CpuSplit.Snapshot;
import dev.newswire.benchmarks.CpuSplit.ThreadTicks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSplitTest {
  @Test
  void aStatLineGivesTheThreadsNameAndItsUserPlusSystemTicks() {
    String line = "4242 (newswire-sink) S 1 4200 4200 0 -1 4194368 9000 0 12 0 731 69 0 0 20 0 40 0 5 0 0";
    assertThat(CpuSplit.parse(line)).contains(new ThreadTicks("newswire-sink", 800));
  }

  @Test
  void aNameWithSpacesAndBracketsIsReadUpToTheLastBracket() {
    String line = "77 (a) b (c) d) R 1 2 3 0 -1 0 0 0 0 0 5 7 0 0 20 0 1 0 9 0 0";
    assertThat(CpuSplit.parse(line)).contains(new ThreadTicks("a) b (c) d", 12));
    assertThat(CpuSplit.parse("no brackets here")).isEmpty();
    assertThat(CpuSplit.parse("1 (short) S 1 2")).isEmpty();
  }

  @Test
  void threadsAreGroupedByWhatTheirNamesStartWith() {
    assertThat(CpuSplit.role("newswire-sink")).isEqualTo("sink");
    assertThat(CpuSplit.role("newswire-enrich")).isEqualTo("enrich");
    assertThat(CpuSplit.role("C2 CompilerThre")).isEqualTo("JIT compilers");
    assertThat(CpuSplit.role("C1 CompilerThre")).isEqualTo("JIT compilers");
    assertThat(CpuSplit.role("GC Thread#1")).isEqualTo("GC");
    assertThat(CpuSplit.role("java")).isEqualTo("main (ingest, completion watch)");
    assertThat(CpuSplit.role("javac-helper")).isEqualTo("broker and the rest");
    assertThat(CpuSplit.role("kafka-producer-")).isEqualTo("Kafka clients' I/O");
    assertThat(CpuSplit.role("data-plane-kafk")).isEqualTo("broker and the rest");
  }

  @Test
  void theSplitCountsOnlyWhatEachThreadSpentBetweenTheSnapshotsLargestFirst() {
    Snapshot before = new Snapshot(Map.of(1L, new ThreadTicks("newswire-sink", 100),
        2L, new ThreadTicks("C2 CompilerThre", 900)), 50, 400, new MachineTicks(1_000, 2_000));
    // The sink spent 5 s, the compiler 1 s, and a thread born in between (enrich) 3 s; the machine
    // was busy 1,800 of 2,000 ticks: 1.8 of 2 cores.
    Snapshot after = new Snapshot(Map.of(1L, new ThreadTicks("newswire-sink", 600),
        2L, new ThreadTicks("C2 CompilerThre", 1_000), 3L, new ThreadTicks("newswire-enrich", 300)), 70,
        650, new MachineTicks(2_800, 4_000));
    assertThat(CpuSplit.describe(before, after, 10, 2)).isEqualTo("machine 1.8 of 2 cores busy over 10.0 s; "
        + "run's JVM 9.0 CPU s: sink 5.0, enrich 3.0, JIT compilers 1.0, registry 0.2; PostgreSQL server 2.5 CPU s");
  }

  @Test
  void nothingReadGivesNoSplit() {
    Snapshot none = new Snapshot(Map.of(), 0, 0, new MachineTicks(0, 0));
    assertThat(CpuSplit.describe(none, none, 1, 2)).isEmpty();
  }

  @Test
  void theMachineLineCountsIdleAndIowaitAsNotBusy() {
    MachineTicks m = CpuSplit.parseMachine("cpu  100 10 50 800 40 0 5 0 0 0");
    assertThat(m).isEqualTo(new MachineTicks(165, 1_005));
  }

  @Test
  void onLinuxTheSplitOfThisJvmSeesAThreadThatSpun() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    CpuSplit split = new CpuSplit(ProcessHandle.current().pid());
    Snapshot before = split.snapshot(List.of());
    Thread spinner = new Thread(() -> {
      long end = System.nanoTime() + 300_000_000L;
      long x = 0;
      while (System.nanoTime() < end) {
        x += Long.numberOfTrailingZeros(x + System.nanoTime());
      }
      if (x == 42) {
        System.out.print("");
      }
    }, "newswire-sink");
    spinner.start();
    while (spinner.isAlive()) {
      split.sample(List.of());
      Thread.sleep(20);
    }
    // Its /proc entry is gone once it has ended: the samples taken while it ran keep its figure.
    String described = CpuSplit.describe(before, split.snapshot(List.of()), 0.3, 2);
    java.util.regex.Matcher sink = java.util.regex.Pattern.compile("sink (\\d+\\.\\d)").matcher(described);
    assertThat(sink.find()).as(described).isTrue();
    assertThat(Double.parseDouble(sink.group(1))).isGreaterThanOrEqualTo(0.1);
  }
}
