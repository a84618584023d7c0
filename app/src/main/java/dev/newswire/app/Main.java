package dev.newswire.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The newswire command line: {@code ./newswire <command>}. */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Turns KCNA-family news pages into dated article and teaser events, and a queryable store.",
    subcommands = {RunCommand.class, ParseCommand.class, IngestCommand.class, EnrichCommand.class,
        SinkCommand.class, SearchCommand.class, TopicsCommand.class, ReplayCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Log what each part is doing (INFO); repeat for DEBUG.")
  void verbose(boolean[] flags) {
    Level level = flags.length > 1 ? Level.DEBUG : Level.INFO;
    ((Logger) LoggerFactory.getLogger("dev.newswire")).setLevel(level);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return withErrorHandlers(new CommandLine(new Main()));
  }

  /** One line for a mistyped argument or a failure, as every newswire command answers. */
  public static CommandLine withErrorHandlers(CommandLine cli) {
    // A mistyped argument gets one line, not a page of usage.
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      err.println(command + ": " + ex.getMessage() + " (see '" + command + " --help')");
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      String command = commandLine.getCommandSpec().qualifiedName();
      commandLine.getErr().println(command + ": " + Errors.describe(ex));
      LoggerFactory.getLogger(Main.class).debug("failure", ex);
      return 1;
    });
    return cli;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newswire " + (v == null ? "development build" : v)};
    }
  }
}
