package dev.stepcamel.api;

import dev.stepcamel.asl.validate.Diagnostic.Severity;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.HistoryEvent;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.runtime.WorkflowEngine;
import dev.stepcamel.store.ExecutionStore;
import dev.stepcamel.store.InMemoryActivityStore;
import dev.stepcamel.store.InMemoryTagStore;
import dev.stepcamel.store.TagStore;
import dev.stepcamel.store.InMemoryCallbackStore;
import dev.stepcamel.store.InvalidPageTokenException;
import dev.stepcamel.store.StoredActivity;
import dev.stepcamel.store.ActivityTask;
import java.util.Optional;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StateMachineStore;
import dev.stepcamel.store.StoredStateMachine;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The Step Functions operations, one method per AWS action, protocol-free. Every refusal is an
 * {@link ApiException} carrying AWS's error name and message.
 */
public final class StepFunctionsService {
    private final MachineOperations machines;
    private final ExecutionOperations executions;
    private final DefinitionRules rules;
    private final StateMachineStore machineStore;
    private final TagStore tags;
    private final Arns arns;
    private final WorkflowEngine engine;
    private final SyncWaiter syncWaiter;
    private final CallbackOperations callbacks;

    /** Without callbacks wired into the engine: tokens and activities live in memory, unused by Tasks. */
    public StepFunctionsService(WorkflowEngine engine, StateMachineStore machineStore, ExecutionStore executionStore,
            DefinitionChecker checker, ApiSettings settings, Clock clock, Supplier<UUID> ids) {
        this(engine, machineStore, executionStore, new CallbackOperations(new InMemoryCallbackStore(),
                new InMemoryActivityStore(), settings, clock), checker, settings, clock, ids);
    }

    /** @param callbacks the same instance the engine's Tasks park on */
    public StepFunctionsService(WorkflowEngine engine, StateMachineStore machineStore, ExecutionStore executionStore,
            CallbackOperations callbacks, DefinitionChecker checker, ApiSettings settings, Clock clock,
            Supplier<UUID> ids) {
        this(engine, machineStore, executionStore, new InMemoryTagStore(), callbacks, checker, settings, clock, ids);
    }

    /** @param tags where the tags of machines and activities are kept */
    public StepFunctionsService(WorkflowEngine engine, StateMachineStore machineStore, ExecutionStore executionStore,
            TagStore tags, CallbackOperations callbacks, DefinitionChecker checker, ApiSettings settings, Clock clock,
            Supplier<UUID> ids) {
        this.callbacks = callbacks;
        Arns arns = new Arns(settings);
        this.arns = arns;
        this.engine = engine;
        this.rules = new DefinitionRules(checker);
        this.machineStore = machineStore;
        this.tags = tags;
        this.machines = new MachineOperations(engine, machineStore, rules, tags, arns, clock, ids);
        this.executions = new ExecutionOperations(engine, executionStore, machines, arns, clock, ids);
        this.syncWaiter = new SyncWaiter(executions, settings.syncExecutionTimeout());
        callbacks.endedExecutions(arn -> {
            try {
                return executions.describe(arn).status().isTerminal();
            } catch (ApiException e) {
                return false; // Express executions are not described; their tokens close when they end
            }
        });
    }

    public StoredStateMachine createStateMachine(String name, String definition, String roleArn, MachineType type,
            Map<String, String> initialTags) {
        return machines.create(name, definition, roleArn, type, initialTags);
    }

    /**
     * Creates the machine, or, when one of that name exists with another definition (the file
     * changed since the store kept it), updates it: the workflow files are the truth for their machines.
     */
    public StoredStateMachine createOrUpdateStateMachine(String name, String definition, String roleArn,
            MachineType type) {
        try {
            return machines.create(name, definition, roleArn, type, Map.of());
        } catch (ApiException e) {
            if (!"StateMachineAlreadyExists".equals(e.type())) {
                throw e;
            }
            return machines.update(arns.stateMachine(name), definition, roleArn);
        }
    }

    /** Forgets executions that ended before {@code cutoff}; returns how many. */
    public int purgeExecutionsEndedBefore(java.time.Instant cutoff) {
        return executions.purgeEndedBefore(cutoff);
    }

    public StoredStateMachine describeStateMachine(String arn) {
        return machines.describe(arn);
    }

    public Page<StoredStateMachine> listStateMachines(String nextToken, int maxResults) {
        try {
            return machineStore.list(nextToken, maxResults);
        } catch (InvalidPageTokenException e) {
            throw Errors.invalidToken(nextToken);
        }
    }

    public StoredStateMachine updateStateMachine(String arn, String definition, String roleArn) {
        return machines.update(arn, definition, roleArn);
    }

    public void deleteStateMachine(String arn) {
        machines.delete(arn);
    }

    /** The revision an execution started from, with the date and id of that revision. */
    public StoredStateMachine.Revision describeStateMachineForExecution(String executionArn) {
        DeployedMachine machine = executions.describe(executionArn).machine();
        return machineStore.find(machine.arn()).flatMap(m -> m.revisionOf(machine))
                .orElseGet(() -> new StoredStateMachine.Revision(machine, null, machine.createdAt()));
    }

    public Execution startExecution(String machineArn, String name, String input, String traceHeader) {
        return executions.start(machineArn, name, input, traceHeader);
    }

    /** Starts an Express execution and completes, off the calling thread, once it has ended. */
    public CompletableFuture<Execution> startSyncExecution(String machineArn, String name, String input,
            String traceHeader) {
        Execution execution = executions.startExpress(machineArn, name, input, traceHeader);
        return syncWaiter.whenEnded(execution);
    }

    public Execution describeExecution(String executionArn) {
        return executions.describe(executionArn);
    }

    /** Standard executions of the machine, newest first; AWS refuses to list Express ones. */
    public Page<Execution> listExecutions(String machineArn, ExecutionStatus statusFilter, String nextToken,
            int maxResults) {
        return listExecutions(machineArn, statusFilter, null, nextToken, maxResults);
    }

    /** @param redriven ListExecutions' redriveFilter: {@code true} REDRIVEN, {@code false} NOT_REDRIVEN */
    public Page<Execution> listExecutions(String machineArn, ExecutionStatus statusFilter, Boolean redriven,
            String nextToken, int maxResults) {
        if (machines.describe(machineArn).current().machine().type() == MachineType.EXPRESS) {
            throw Errors.typeNotSupported();
        }
        try {
            return executions.list(machineArn, statusFilter, redriven, nextToken, maxResults);
        } catch (InvalidPageTokenException e) {
            throw Errors.invalidToken(nextToken);
        }
    }

    /** RedriveExecution: the redrive date. */
    public java.time.Instant redriveExecution(String executionArn, String clientToken) {
        return executions.redrive(executionArn, clientToken);
    }

    /** Whether (and if not, why not) the execution can be redriven now. */
    public RedriveStatus redriveStatus(Execution execution) {
        return executions.redriveStatus(execution);
    }

    public Execution stopExecution(String executionArn, String error, String cause) {
        return executions.stop(executionArn, error, cause);
    }

    public Page<HistoryEvent> getExecutionHistory(String executionArn, boolean reverseOrder, String nextToken,
            int maxResults) {
        MapRunChild child = mapRunChild(executionArn);
        List<HistoryEvent> events = child != null ? child.history()
                : MapRunHistory.parentView(executions.describe(executionArn).history().snapshot());
        return HistoryPages.page(executionArn, events, reverseOrder, nextToken, maxResults);
    }

    /** ListMapRuns: the map runs of the execution's Distributed Maps, oldest first, all in one page. */
    public List<MapRunView> listMapRuns(String executionArn) {
        return MapRunView.of(executions.describe(executionArn));
    }

    /** DescribeMapRun: found among the executions of the machine its ARN names. */
    public MapRunView describeMapRun(String mapRunArn) {
        int at = mapRunArn.indexOf(":mapRun:");
        int slash = mapRunArn.indexOf('/', at + 1);
        if (at < 0 || slash < 0) {
            throw new ApiException("InvalidArn", "Invalid Arn: '" + mapRunArn + "'");
        }
        String machineArn = mapRunArn.substring(0, at) + ":stateMachine:" + mapRunArn.substring(at + 8, slash);
        MapRunView found = findAmongExecutions(machineArn, execution -> MapRunView.of(execution).stream()
                .filter(run -> run.mapRunArn().equals(mapRunArn)).findFirst().orElse(null));
        if (found == null) {
            throw Errors.resourceNotFound(mapRunArn);
        }
        return found;
    }

    /** ListExecutions with a mapRunArn: the map run's child executions, by item, all in one page. */
    public List<MapRunChild> listMapRunExecutions(String mapRunArn, ExecutionStatus statusFilter) {
        MapRunView run = describeMapRun(mapRunArn);
        return MapRunChild.of(executions.describe(run.executionArn()), run).stream()
                .filter(child -> statusFilter == null || child.status().equals(statusFilter.name())).toList();
    }

    /**
     * The child execution of a Distributed Map's item that {@code executionArn} names
     * ({@code ...:execution:MACHINE/LABEL:UUID}), or {@code null} when it names no such child.
     */
    public MapRunChild mapRunChild(String executionArn) {
        int at = executionArn.indexOf(":execution:");
        int slash = executionArn.indexOf('/', at + 1);
        int last = executionArn.lastIndexOf(':');
        if (at < 0 || slash < 0 || last < slash) {
            return null;
        }
        String machineArn = executionArn.substring(0, at) + ":stateMachine:" + executionArn.substring(at + 11, slash);
        String label = executionArn.substring(slash, last + 1);
        MapRunChild found = findAmongExecutions(machineArn, execution -> {
            for (MapRunView run : MapRunView.of(execution)) {
                int index = run.mapRunArn().contains(label) ? MapRunChild.indexOf(run, executionArn) : -1;
                if (index >= 0) {
                    List<MapRunChild> child = MapRunChild.of(execution, run, index);
                    return child.isEmpty() ? null : child.get(0);
                }
            }
            return null;
        });
        if (found == null) {
            throw Errors.executionDoesNotExist(executionArn);
        }
        return found;
    }

    /** The first non-null answer of {@code find} over the Standard executions of the machine, or {@code null}. */
    private <T> T findAmongExecutions(String machineArn, java.util.function.Function<Execution, T> find) {
        String token = null;
        try {
            do {
                Page<Execution> page = listExecutions(machineArn, null, null, token, 1000);
                for (Execution execution : page.items()) {
                    T found = find.apply(execution);
                    if (found != null) {
                        return found;
                    }
                }
                token = page.nextToken();
            } while (token != null);
        } catch (ApiException e) {
            return null; // no such machine, or an Express one
        }
        return null;
    }

    /** The definition's diagnostics at {@code minimum} severity or worse, at most {@code maxResults}. */
    public ValidationResult validateStateMachineDefinition(String definition, Severity minimum, int maxResults) {
        return rules.validate(definition, minimum, maxResults);
    }

    public void tagResource(String arn, Map<String, String> newTags) {
        tags.add(requireTaggable(arn), newTags);
    }

    public void untagResource(String arn, Collection<String> keys) {
        tags.remove(requireTaggable(arn), keys);
    }

    public Map<String, String> listTagsForResource(String arn) {
        return tags.of(requireTaggable(arn));
    }

    private String requireTaggable(String arn) {
        Arns.requireTaggable(arn);
        boolean exists = Arns.isActivity(arn) ? callbacks.activities().exists(arn) : machineStore.find(arn).isPresent();
        if (!exists) {
            throw Errors.resourceNotFound(arn);
        }
        return arn;
    }

    /** The routes the machine's current revision compiled to, as Camel YAML. */
    public String routesYaml(String machineName) {
        return engine.routesYaml(machines.describe(arns.stateMachine(machineName)).current().machine());
    }

    public void sendTaskSuccess(String taskToken, String output) {
        callbacks.sendSuccess(taskToken, output);
    }

    public void sendTaskFailure(String taskToken, String error, String cause) {
        callbacks.sendFailure(taskToken, error, cause);
    }

    public void sendTaskHeartbeat(String taskToken) {
        callbacks.sendHeartbeat(taskToken);
    }

    public StoredActivity createActivity(String name, Map<String, String> initialTags) {
        StoredActivity activity = callbacks.activities().create(name);
        tags.add(activity.arn(), initialTags);
        return activity;
    }

    public StoredActivity describeActivity(String arn) {
        return callbacks.activities().describe(arn);
    }

    public Page<StoredActivity> listActivities(String nextToken, int maxResults) {
        return callbacks.activities().list(nextToken, maxResults);
    }

    public void deleteActivity(String arn) {
        callbacks.activities().delete(arn);
    }

    /** Long poll: completes with a task, or with none once the poll timeout passes; holds no thread. */
    public CompletableFuture<Optional<ActivityTask>> getActivityTask(String activityArn, String workerName) {
        return callbacks.activities().poll(activityArn, workerName);
    }

    /** Stops the threads waiting for synchronous executions. */
    public void close() {
        syncWaiter.close();
    }

}
