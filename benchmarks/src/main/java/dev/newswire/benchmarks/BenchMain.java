package dev.newswire.benchmarks;

import dev.newswire.app.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark commands, {@code ./newswire bench-...}: run from this module's classpath, so neither
 * they nor what only they need ship in the production distribution.
 */
@Command(name = "newswire", mixinStandardHelpOptions = true,
    description = "Benchmarks of the newswire pipeline and its parts.",
    subcommands = {BenchSinkCommand.class, BenchPipelineCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(Main.withErrorHandlers(new CommandLine(new BenchMain())).execute(args));
  }
}
