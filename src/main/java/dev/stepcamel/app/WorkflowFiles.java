package dev.stepcamel.app;

import dev.stepcamel.api.DefinitionChecker;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.integrations.Integrations;
import dev.stepcamel.asl.validate.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code *.asl.json} files of a routes directory; each names its state machine. */
public final class WorkflowFiles {
    public static final String SUFFIX = ".asl.json";
    // The same checks as the API's, so that `validate` accepts exactly what `run` loads.
    private static final RuntimeDefinitionChecker CHECKER = new RuntimeDefinitionChecker(
            DefinitionChecker.standard(new DefinitionValidator()), new Integrations(null, java.util.Map.of(), java.util.Map.of(), "us-east-1").resolver());

    private WorkflowFiles() {
    }

    /** A workflow file, read and checked. */
    public record WorkflowFile(Path path, String machineName, String definition, List<Diagnostic> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }

        /** One line per problem: file, state, field (JSON Pointer) and reason. */
        public List<String> describeProblems() {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : problems) {
                lines.add(path + ": " + d.code() + " at " + (d.location() == null ? "/" : d.location()) + stateOf(d)
                        + ": " + d.message());
            }
            return lines;
        }

        private static String stateOf(Diagnostic d) {
            String location = d.location();
            if (location == null) {
                return "";
            }
            int at = location.lastIndexOf("/States/");
            if (at < 0) {
                return "";
            }
            String rest = location.substring(at + "/States/".length());
            int slash = rest.indexOf('/');
            return " (state '" + (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~")
                    + "')";
        }
    }

    public static List<WorkflowFile> scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            List<WorkflowFile> out = new ArrayList<>();
            for (Path path : paths) {
                out.add(read(path));
            }
            return out;
        }
    }

    public static WorkflowFile read(Path path) throws IOException {
        String file = path.getFileName().toString();
        String name = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : file;
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return new WorkflowFile(path, name, text, CHECKER.validate(text));
    }
}
