package dev.stepcamel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import dev.stepcamel.asl.model.StateMachineDefinition;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.StateMachineCompiler;
import dev.stepcamel.compile.StateMachineCompiler.CompiledMachine;
import dev.stepcamel.compile.step.TaskErrors;
import dev.stepcamel.data.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link WorkflowEngine} on a Camel context: compiled routes in, executions out. */
public final class ExecutionEngine implements WorkflowEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionEngine.class);
    static final int MAX_OUTPUT_BYTES = 256 * 1024;
    static final long EXPRESS_LIMIT_SECONDS = 300;

    private final CamelContext context;
    private final RuntimeResources resources;
    private final StateMachineCompiler compiler;
    private final Map<String, DeployedVersion> versions = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();

    public ExecutionEngine(CamelContext context, RuntimeResources resources, CompileSettings settings) {
        this.context = context;
        this.resources = resources;
        this.compiler = new StateMachineCompiler(settings);
        // State bodies are JSON trees, never streams; caching costs ~40% of a transition (measured).
        context.setStreamCaching(false);
    }

    @Override
    public DeployedMachine deploy(String arn, String name, MachineType type, String definitionText,
            StateMachineDefinition definition, String roleArn) {
        String key = "sc" + keys.incrementAndGet();
        String label = name + "#" + keys.get();
        CompiledMachine compiled = compiler.compile(definition, key, label);
        DeployedMachine machine = new DeployedMachine(arn, name, type, definitionText, definition, roleArn,
                resources.clock().instant(), key);
        DeployedVersion version = DeployedVersion.start(context, machine, compiled);
        versions.put(key, version);
        return machine;
    }

    @Override
    public void undeploy(DeployedMachine machine) {
        DeployedVersion version = versions.get(machine.routeKey());
        if (version != null && version.retire()) {
            versions.remove(machine.routeKey());
        }
    }

    @Override
    public void start(Execution execution) {
        DeployedVersion version = versions.get(execution.machine().routeKey());
        if (version == null) {
            throw new IllegalStateException("state machine version is not deployed: " + execution.machine().arn());
        }
        ActiveExecution run = new ActiveExecution(execution, resources);
        run.record("ExecutionStarted", execution.history() == null ? null : Json.MAPPER.createObjectNode()
                .put("input", execution.input()).<com.fasterxml.jackson.databind.node.ObjectNode>set("inputDetails",
                        Json.MAPPER.createObjectNode().put("truncated", false))
                .put("roleArn", execution.machine().roleArn()));
        Long timeout = timeoutSeconds(execution.machine());
        if (timeout != null) {
            resources.schedule(timeout * 1000L, () -> timedOut(run));
        }
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty(ExchangeKeys.RUN, run);
        exchange.getMessage().setBody(run.parsedInput());
        version.enter();
        resources.workers().execute(() -> {
            try {
                version.entry().process(exchange, doneSync -> finish(run, exchange, version));
            } catch (RuntimeException e) {
                exchange.setException(e);
                finish(run, exchange, version);
            }
        });
    }

    /** The definition's TimeoutSeconds; Express executions end after five minutes at most, as on AWS. */
    static Long timeoutSeconds(DeployedMachine machine) {
        Integer configured = machine.definition().timeoutSeconds();
        if (machine.type() == MachineType.EXPRESS) {
            return configured == null ? EXPRESS_LIMIT_SECONDS : Math.min(configured, EXPRESS_LIMIT_SECONDS);
        }
        return configured == null ? null : configured.longValue();
    }

    private void finish(ActiveExecution run, Exchange exchange, DeployedVersion version) {
        try {
            Execution execution = run.execution();
            Exception failure = exchange.getException();
            if (failure != null) {
                AslException error = failure instanceof AslException asl ? asl : internal(failure);
                if (execution.isRunning()) {
                    run.record("ExecutionFailed", details(execution, error));
                    execution.complete(ExecutionStatus.FAILED, resources.clock().instant(), null, error.error(),
                            error.cause());
                }
                return;
            }
            if (!execution.isRunning()) {
                return;
            }
            JsonNode body = exchange.getMessage().getBody(JsonNode.class);
            String output = Json.write(body == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : body);
            if (output.length() > MAX_OUTPUT_BYTES) {
                AslException error = new AslException(ErrorNames.DATA_LIMIT_EXCEEDED,
                        "The state/task returned a result with a size exceeding the maximum number of bytes service limit.");
                run.record("ExecutionFailed", details(execution, error));
                execution.complete(ExecutionStatus.FAILED, resources.clock().instant(), null, error.error(),
                        error.cause());
                return;
            }
            run.record("ExecutionSucceeded", execution.history() == null ? null : Json.MAPPER.createObjectNode()
                    .put("output", output).set("outputDetails", Json.MAPPER.createObjectNode().put("truncated", false)));
            execution.complete(ExecutionStatus.SUCCEEDED, resources.clock().instant(), output, null, null);
        } finally {
            if (version.leave()) {
                versions.remove(version.machine().routeKey());
            }
        }
    }

    private static AslException internal(Exception failure) {
        AslException translated = TaskErrors.toAsl(failure);
        if (failure instanceof RuntimeException && !(failure.getClass().getName().startsWith("org.apache.camel"))) {
            LOG.warn("Execution failed on an internal error", failure);
        }
        return translated;
    }

    private void timedOut(ActiveExecution run) {
        Execution execution = run.execution();
        if (execution.isRunning()) {
            run.record("ExecutionTimedOut", execution.history() == null ? null
                    : Json.MAPPER.createObjectNode().put("error", ErrorNames.TIMEOUT));
            execution.complete(ExecutionStatus.TIMED_OUT, resources.clock().instant(), null, ErrorNames.TIMEOUT, null);
        }
    }

    @Override
    public boolean stop(Execution execution, String error, String cause) {
        if (!execution.isRunning()) {
            return false;
        }
        if (execution.history() != null) {
            var details = Json.MAPPER.createObjectNode();
            if (error != null) {
                details.put("error", error);
            }
            if (cause != null) {
                details.put("cause", cause);
            }
            execution.history().append(resources.clock().instant(), "ExecutionAborted", details);
        }
        return execution.complete(ExecutionStatus.ABORTED, resources.clock().instant(), null, error, cause);
    }

    @Override
    public String routesYaml(DeployedMachine machine) {
        DeployedVersion version = versions.get(machine.routeKey());
        return version == null ? "" : version.yaml(context);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode details(Execution execution, AslException error) {
        if (execution.history() == null) {
            return null;
        }
        var node = Json.MAPPER.createObjectNode().put("error", error.error());
        if (error.cause() != null) {
            node.put("cause", error.cause());
        }
        return node;
    }
}
