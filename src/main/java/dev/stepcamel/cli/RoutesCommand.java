package dev.stepcamel.cli;

import dev.stepcamel.app.WorkflowFiles;
import dev.stepcamel.app.WorkflowFiles.WorkflowFile;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.config.StepcamelConfig;
import dev.stepcamel.data.Json;
import dev.stepcamel.integrations.Integrations;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.RuntimeResources;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "routes", mixinStandardHelpOptions = true,
        description = "Print the Camel routes a workflow compiles to, as Camel YAML DSL.")
final class RoutesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "State machine name (file NAME.asl.json in the routes directory).")
    String name;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        StepcamelConfig config = options.load();
        Path path = config.routesDir().resolve(name + WorkflowFiles.SUFFIX);
        if (!path.toFile().isFile()) {
            System.err.println("stepcamel: no workflow " + path);
            return 1;
        }
        WorkflowFile file = WorkflowFiles.read(path);
        if (!file.isValid()) {
            file.describeProblems().forEach(System.err::println);
            return 1;
        }
        try (DefaultCamelContext context = new DefaultCamelContext();
                RuntimeResources resources = new RuntimeResources(Clock.systemUTC(), 1)) {
            context.start();
            ExecutionEngine engine = new ExecutionEngine(context, resources, new CompileSettings(resources,
                    new Integrations(context, config.lambdaEndpoints(), config.awsKeys(),
                            config.region()).resolver(), config.mapConcurrencyCeiling()));
            DeployedMachine machine = engine.deploy("arn:aws:states:" + config.region() + ":" + config.account()
                    + ":stateMachine:" + name, name, config.typeOf(name), file.definition(),
                    DefinitionParser.parse(Json.parse(file.definition())), config.roleArn());
            System.out.print(engine.routesYaml(machine));
        }
        return 0;
    }
}
