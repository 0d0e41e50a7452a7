package vn.cchc.model.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * What one {@code ./cchc} command accepts on its command line, and the one way every command reads
 * it.
 *
 * <ul>
 *   <li>options take a value, written {@code --name value} or {@code --name=value}; a value never
 *       starts with {@code --}; the last occurrence wins;
 *   <li>flags take none ({@code --demo});
 *   <li>positional arguments (files, an SQL text) only where the command declares {@link
 *       #positionals()}; after a lone {@code --} every argument is positional;
 *   <li>{@code --help} or {@code -h} anywhere asks for the usage text, whatever else is there.
 * </ul>
 *
 * <p>Anything else is refused with a Vietnamese message, a {@link CchcException} of {@link
 * ErrorCode#INVALID_ARGUMENT}; {@link #refuse} prints it with the usage and returns {@link
 * ExitCode#USAGE}, {@link #printUsage} prints the usage for {@code --help} and returns {@link
 * ExitCode#OK}. The warehouse of every command is {@code --warehouse}, else {@value
 * #WAREHOUSE_ENV}, else {@value #DEFAULT_WAREHOUSE} ({@link #warehouse}).
 */
public final class CommandLine {
  /** The option naming the warehouse directory, the same in every command. */
  public static final String WAREHOUSE = "warehouse";

  /** The environment variable naming the warehouse when {@code --warehouse} is not given. */
  public static final String WAREHOUSE_ENV = "CCHC_WAREHOUSE";

  /**
   * The warehouse when neither the option nor the environment names one, relative to the working
   * directory.
   */
  public static final String DEFAULT_WAREHOUSE = "warehouse";

  private static final String END_OF_OPTIONS = "--";

  private final String usage;
  private final Set<String> options;
  private final Set<String> flags;
  private final boolean positionals;
  private final boolean passOn;

  private CommandLine(
      String usage, Set<String> options, Set<String> flags, boolean positionals, boolean passOn) {
    this.usage = usage.stripTrailing();
    this.options = Set.copyOf(options);
    this.flags = Set.copyOf(flags);
    this.positionals = positionals;
    this.passOn = passOn;
  }

  /**
   * A command that accepts nothing but {@code --help}; {@code usage} is its Vietnamese usage text.
   */
  public static CommandLine of(String usage) {
    return new CommandLine(usage, Set.of(), Set.of(), false, false);
  }

  /** Also accepts these options, each with a value (names without the leading {@code --}). */
  public CommandLine option(String... names) {
    Set<String> more = new TreeSet<>(options);
    more.addAll(List.of(names));
    return new CommandLine(usage, more, flags, positionals, passOn);
  }

  /** Also accepts these flags, options without a value. */
  public CommandLine flag(String... names) {
    Set<String> more = new TreeSet<>(flags);
    more.addAll(List.of(names));
    return new CommandLine(usage, options, more, positionals, passOn);
  }

  /** Also accepts positional arguments. */
  public CommandLine positionals() {
    return new CommandLine(usage, options, flags, true, passOn);
  }

  /**
   * Keeps an undeclared option written {@code --key=value} as it is, for a framework the command
   * hands it to ({@link Arguments#passedOn()}), instead of refusing it.
   */
  public CommandLine passingOnOtherSettings() {
    return new CommandLine(usage, options, flags, positionals, true);
  }

  /** The usage text. */
  public String usage() {
    return usage;
  }

  /** Reads a command line; refuses what this command does not accept. */
  public Arguments parse(String... args) {
    return parse(List.of(args));
  }

  /** Reads a command line; refuses what this command does not accept. */
  public Arguments parse(List<String> args) {
    int end = args.indexOf(END_OF_OPTIONS);
    List<String> optionPart = end < 0 ? args : args.subList(0, end);
    if (optionPart.contains("--help") || optionPart.contains("-h")) {
      return new Arguments(true, Map.of(), Set.of(), List.of(), List.of());
    }
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> setFlags = new TreeSet<>();
    List<String> positional = new ArrayList<>();
    List<String> passedOn = new ArrayList<>();
    for (int i = 0; i < optionPart.size(); i++) {
      String arg = optionPart.get(i);
      if (!arg.startsWith("--") || arg.length() == 2) {
        positional(arg, positional);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (options.contains(name)) {
        if (eq >= 0) {
          values.put(name, arg.substring(eq + 1));
        } else if (i + 1 < optionPart.size() && !optionPart.get(i + 1).startsWith("--")) {
          values.put(name, optionPart.get(++i));
        } else {
          throw refused("Không thể hiểu tham số --" + name + ": thiếu giá trị");
        }
      } else if (flags.contains(name)) {
        if (eq >= 0) {
          throw refused("Không thể hiểu tham số --" + name + ": không nhận giá trị");
        }
        setFlags.add(name);
      } else if (passOn && eq > 2) {
        passedOn.add(arg);
      } else {
        throw refused("Không thể hiểu tham số: --" + name);
      }
    }
    if (end >= 0) {
      for (String arg : args.subList(end + 1, args.size())) {
        positional(arg, positional);
      }
    }
    return new Arguments(false, values, setFlags, positional, passedOn);
  }

  private void positional(String arg, List<String> positional) {
    if (!positionals) {
      throw refused("Không thể hiểu tham số: " + arg);
    }
    positional.add(arg);
  }

  /** Prints the usage text (for {@code --help}); returns {@link ExitCode#OK}. */
  public int printUsage(PrintStream out) {
    out.println(usage);
    return ExitCode.OK;
  }

  /**
   * Prints why the command line was refused, then the usage text; returns {@link ExitCode#USAGE}.
   */
  public int refuse(CchcException e, PrintStream err) {
    err.println(e.getMessage());
    err.println(usage);
    return ExitCode.USAGE;
  }

  /**
   * The warehouse directory: {@code option} when given, else {@value #WAREHOUSE_ENV} when set and
   * not blank, else {@value #DEFAULT_WAREHOUSE}. Relative paths stay relative; callers normalise
   * them.
   */
  public static Path warehouse(Optional<String> option, Map<String, String> env) {
    if (option.isPresent()) {
      return Path.of(option.get());
    }
    String fromEnv = env.get(WAREHOUSE_ENV);
    return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT_WAREHOUSE : fromEnv.strip());
  }

  static CchcException refused(String message) {
    return new CchcException(ErrorCode.INVALID_ARGUMENT, message);
  }

  /** A command line as read: option values, flags, positional arguments and settings passed on. */
  public static final class Arguments {
    private final boolean help;
    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positionals;
    private final List<String> passedOn;

    Arguments(
        boolean help,
        Map<String, String> values,
        Set<String> flags,
        List<String> positionals,
        List<String> passedOn) {
      this.help = help;
      this.values = new LinkedHashMap<>(values);
      this.flags = Set.copyOf(flags);
      this.positionals = List.copyOf(positionals);
      this.passedOn = List.copyOf(passedOn);
    }

    /** Whether the user asked for the usage text; nothing else was read then. */
    public boolean help() {
      return help;
    }

    /** The value of an option, if given. */
    public Optional<String> value(String name) {
      return Optional.ofNullable(values.get(name));
    }

    /** The value of an option, or {@code fallback}. */
    public String value(String name, String fallback) {
      return values.getOrDefault(name, fallback);
    }

    /** The value of an option as a whole number, or {@code fallback}; refuses anything else. */
    public int intValue(String name, int fallback) {
      String raw = values.get(name);
      if (raw == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(raw.strip());
      } catch (NumberFormatException e) {
        throw refused("Không thể dùng --" + name + " " + raw + ": cần một số nguyên");
      }
    }

    /**
     * The value of an option as a whole number of at least 1, or {@code fallback}; refuses anything
     * else.
     */
    public int positiveInt(String name, int fallback) {
      String raw = values.get(name);
      if (raw == null) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(raw.strip());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below, with the same message as zero
      }
      throw refused("Không thể dùng --" + name + " " + raw + ": cần số nguyên dương");
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
      return flags.contains(name);
    }

    /** The positional arguments, in order. */
    public List<String> positionals() {
      return positionals;
    }

    /** The undeclared {@code --key=value} settings kept for a framework, in order. */
    public List<String> passedOn() {
      return passedOn;
    }

    /** Every option value given, by option name. */
    public Map<String, String> values() {
      return new HashMap<>(values);
    }

    /**
     * The warehouse: {@code --warehouse}, else {@value CommandLine#WAREHOUSE_ENV}, else {@value
     * CommandLine#DEFAULT_WAREHOUSE}.
     */
    public Path warehouse(Map<String, String> env) {
      return CommandLine.warehouse(value(WAREHOUSE), env);
    }
  }
}
