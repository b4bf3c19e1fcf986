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
import com.fasterxml.jackson.databind.node.NullNode;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonSize;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.PendingEvent;
import dev.stepcamel.compile.ResumePoint;
import dev.stepcamel.compile.step.Steps;
import java.util.List;
import java.util.Map;
import org.apache.camel.AsyncProducer;
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
        long n = keys.incrementAndGet();
        DeployedMachine machine = new DeployedMachine(arn, name, type, definitionText, definition, roleArn,
                resources.clock().instant(), "sc" + n);
        deploy(machine, name + "#" + n);
        return machine;
    }

    /**
     * Deploys a machine version read back from a durable store under its own route key (which
     * must not look like the keys {@link #deploy(String, String, MachineType, String,
     * StateMachineDefinition, String)} makes), so its running executions can resume.
     */
    public synchronized void redeploy(DeployedMachine machine) {
        if (!versions.containsKey(machine.routeKey())) {
            deploy(machine, machine.name() + "#" + machine.routeKey());
        }
    }

    private void deploy(DeployedMachine machine, String label) {
        CompiledMachine compiled = compiler.compile(machine.definition(), machine.routeKey(), label);
        versions.put(machine.routeKey(), DeployedVersion.start(context, machine, compiled));
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
        if (version == null && execution.machine().routeKey().startsWith("r")) {
            // a version read back from a durable store, started before start-up got to deploying it again
            redeploy(execution.machine());
            version = versions.get(execution.machine().routeKey());
        }
        if (version == null) {
            throw new IllegalStateException("state machine version is not deployed: " + execution.machine().arn());
        }
        ActiveExecution run = new ActiveExecution(execution, resources);
        run.started();
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty(ExchangeKeys.RUN, run);
        exchange.getMessage().setBody(run.parsedInput());
        launch(run, exchange, version, version.entry());
    }

    /**
     * Resumes a running execution read back from a durable store, each frame from its last
     * checkpoint ({@code resumePoints}, by frame; {@code ""} is the top level). Events already in
     * the history are not recorded again; a Task whose call was under way fails as interrupted.
     */
    public void resume(Execution execution, Map<String, ResumePoint> resumePoints) {
        DeployedVersion version = versions.get(execution.machine().routeKey());
        ActiveExecution run = new ActiveExecution(execution, resources, resumePoints);
        if (version == null) {
            run.fail(ErrorNames.RUNTIME, "The state machine version of this execution could not be deployed again.");
            return;
        }
        continueRun(run, version);
    }

    /**
     * Redrives an ended execution as AWS does: with the definition it ran with, from where its
     * frames stood when it ended ({@link RedrivePoints}), after an ExecutionRedriven event.
     * Returns {@code false} when it cannot (it is not FAILED, TIMED_OUT or ABORTED, or has
     * nothing to run again); the caller checks eligibility first.
     */
    @Override
    public synchronized boolean redrive(Execution execution) {
        if (execution.history() == null || execution.history().frames().redrivePoints().isEmpty()) {
            return false;
        }
        DeployedMachine machine = execution.machine();
        boolean redeployed = !versions.containsKey(machine.routeKey());
        if (redeployed) {
            deploy(machine, machine.name() + "#" + machine.routeKey() + "-redrive");
        }
        DeployedVersion version = versions.get(machine.routeKey());
        if (!execution.reopen(resources.clock().instant())) {
            return false;
        }
        new ActiveExecution(execution, resources).redriven();
        ActiveExecution run = new ActiveExecution(execution, resources, execution.history().frames().points());
        continueRun(run, version);
        if (redeployed && version.retire()) {
            versions.remove(machine.routeKey()); // an older version, deployed again only for this run
        }
        return true;
    }

    /** Runs an execution on from its resume points: the top frame's, or the machine's StartAt. */
    private void continueRun(ActiveExecution run, DeployedVersion version) {
        Execution execution = run.execution();
        ResumePoint top = run.resumePoint("");
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty(ExchangeKeys.RUN, run);
        exchange.getMessage().setBody(top == null ? run.parsedInput() : top.data());
        if (top == null) {
            exchange.setProperty(ExchangeKeys.NEXT, execution.machine().definition().graph().startAt());
        } else {
            Steps.restoreVariables(exchange, top);
            exchange.setProperty(ExchangeKeys.NEXT, top.state());
            if (top.kind() != Checkpoint.Kind.AT) {
                exchange.setProperty(ExchangeKeys.RESUME, top);
            }
        }
        launch(run, exchange, version, version.dispatcher());
    }

    private void launch(ActiveExecution run, Exchange exchange, DeployedVersion version, AsyncProducer into) {
        Execution execution = run.execution();
        Long timeout = timeoutSeconds(execution.machine());
        if (timeout != null) {
            // A redriven execution's TimeoutSeconds runs again from the redrive.
            java.time.Instant from = execution.redriveDate() == null ? execution.startDate() : execution.redriveDate();
            resources.scheduleAt(from.plusSeconds(timeout), () -> run.timeOut());
        }
        version.enter();
        resources.workers().execute(() -> {
            try {
                into.process(exchange, doneSync -> finish(run, exchange, version));
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
            List<PendingEvent> held = Steps.takeHeld(exchange);
            Exception failure = exchange.getException();
            if (failure != null) {
                AslException error = failure instanceof AslException asl ? asl : internal(failure);
                run.fail(held, error.error(), error.cause());
                return;
            }
            if (!run.isActive()) {
                return; // stopped or timed out meanwhile: that outcome stands
            }
            JsonNode body = exchange.getMessage().getBody(JsonNode.class);
            String output = Json.write(body == null ? NullNode.getInstance() : body);
            if (output.length() > JsonSize.PAYLOAD_LIMIT_BYTES) {
                run.fail(held, ErrorNames.DATA_LIMIT_EXCEEDED,
                        "The state/task returned a result with a size exceeding the maximum number of bytes service limit.");
                return;
            }
            run.succeed(held, output);
        } finally {
            if (version.leave()) {
                versions.remove(version.machine().routeKey());
            }
        }
    }

    private static AslException internal(Exception failure) {
        AslException translated = TaskErrors.toAsl(failure);
        if (!failure.getClass().getName().startsWith("org.apache.camel")) {
            LOG.warn("Execution failed on an internal error", failure);
        }
        return translated;
    }

    /**
     * Whether the machine version's routes are still in the context: after {@link #undeploy} they
     * stay until the version's last execution has left, which happens on that execution's thread
     * just after its outcome is visible.
     */
    public boolean isDeployed(DeployedMachine machine) {
        return versions.containsKey(machine.routeKey());
    }

    @Override
    public boolean stop(Execution execution, String error, String cause) {
        return new ActiveExecution(execution, resources).abort(error, cause);
    }

    @Override
    public boolean timeOut(Execution execution) {
        return new ActiveExecution(execution, resources).timeOut();
    }

    @Override
    public String routesYaml(DeployedMachine machine) {
        DeployedVersion version = versions.get(machine.routeKey());
        return version == null ? "" : version.yaml(context);
    }
}
