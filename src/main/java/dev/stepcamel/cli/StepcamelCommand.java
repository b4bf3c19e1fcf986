package dev.stepcamel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar stepcamel.jar [run|validate|routes] ...}; {@code run} when no command is given. */
@Command(name = "stepcamel", mixinStandardHelpOptions = true, version = "stepcamel 0.1.0",
        description = "Runs AWS Step Functions workflows (ASL) on Apache Camel.",
        subcommands = {RunCommand.class, ValidateCommand.class, RoutesCommand.class})
public final class StepcamelCommand implements Runnable {

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new StepcamelCommand());
        String[] effective = args;
        if (args.length == 0 || args[0].startsWith("--") && !isTopLevelOption(args[0])) {
            effective = new String[args.length + 1];
            effective[0] = "run";
            System.arraycopy(args, 0, effective, 1, args.length);
        }
        System.exit(commandLine.execute(effective));
    }

    private static boolean isTopLevelOption(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    @Override
    public void run() {
        // Only reached with no subcommand, which main() turns into "run".
        new CommandLine(this).usage(System.out);
    }
}
