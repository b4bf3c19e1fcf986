package dev.stepcamel.cli;

import dev.stepcamel.app.WorkflowFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check ASL files; exit status 0 only when all are valid.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ASL definition files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        int invalid = 0;
        for (Path path : files) {
            if (!Files.isRegularFile(path)) {
                System.out.println(path + ": no such file");
                invalid++;
                continue;
            }
            WorkflowFiles.WorkflowFile file = WorkflowFiles.read(path);
            if (file.isValid()) {
                System.out.println(path + ": OK");
            } else {
                invalid++;
                file.describeProblems().forEach(System.out::println);
            }
        }
        return invalid == 0 ? 0 : 1;
    }
}
