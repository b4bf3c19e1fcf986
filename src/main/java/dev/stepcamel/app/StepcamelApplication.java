package dev.stepcamel.app;

import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.ApiSettings;
import dev.stepcamel.api.CallbackOperations;
import dev.stepcamel.api.DefinitionChecker;
import dev.stepcamel.api.NestedExecutionRoutes;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.api.http.SdkSfnRoutes;
import dev.stepcamel.api.http.StepFunctionsApiRoutes;
import dev.stepcamel.asl.validate.DefinitionValidator;
import dev.stepcamel.compile.CompileSettings;
import dev.stepcamel.config.StepcamelConfig;
import dev.stepcamel.compile.TaskResolver;
import dev.stepcamel.integrations.Integrations;
import dev.stepcamel.console.Console;
import dev.stepcamel.runtime.ExecutionEngine;
import dev.stepcamel.runtime.RuntimeResources;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.store.ActivityStore;
import dev.stepcamel.store.CallbackStore;
import dev.stepcamel.store.ExecutionStore;
import dev.stepcamel.store.InMemoryActivityStore;
import dev.stepcamel.store.InMemoryCallbackStore;
import dev.stepcamel.store.InMemoryExecutionStore;
import dev.stepcamel.store.StateMachineStore;
import dev.stepcamel.store.durable.DurableStore;
import dev.stepcamel.store.durable.FileTagStore;
import dev.stepcamel.store.InMemoryTagStore;
import dev.stepcamel.store.TagStore;
import dev.stepcamel.store.InMemoryStateMachineStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stepcamel as a running process: Camel Main with the HTTP server, the user's YAML routes, the
 * Step Functions API, and the workflows of the routes directory deployed as state machines.
 */
public final class StepcamelApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StepcamelApplication.class);

    private final StepcamelConfig config;
    private final Main main = new Main();
    private final List<String> loadProblems = new ArrayList<>();
    private RuntimeResources resources;
    private ExecutionEngine engine;
    private DurableStore store;
    private Retention retention;
    private Integrations integrations;
    private StepFunctionsService service;
    private Console console;
    private final java.util.Map<String, java.nio.file.Path> machineFiles = new java.util.concurrent.ConcurrentHashMap<>();

    private StepcamelApplication(StepcamelConfig config) {
        this.config = config;
    }

    /** Starts everything and returns once the API answers and the workflow files are loaded. */
    public static StepcamelApplication start(StepcamelConfig config) throws Exception {
        StepcamelApplication app = new StepcamelApplication(config);
        app.doStart();
        return app;
    }

    private void doStart() throws Exception {
        if (!"false".equals(config.camelProperties().get("camel.server.enabled"))) {
            requireFreePort(config.host(), config.port());
        }
        java.util.Properties camel = new java.util.Properties();
        camel.putAll(config.camelProperties());
        camel.putIfAbsent("camel.main.name", "stepcamel");
        camel.putIfAbsent("camel.main.streamCachingEnabled", "false");
        camel.putIfAbsent("camel.main.routesIncludePattern", userRoutesPattern());
        main.setInitialProperties(camel);
        main.configure().setBasePackageScanEnabled(false);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                wire(support);
            }
        });
        main.start();
        resumeStoredExecutions();
        if (console != null && !"false".equals(config.camelProperties().get("camel.server.enabled"))) {
            console.mountLiveStream(main.getCamelContext(), config.port());
        }
        loadWorkflowFiles();
        retention = Retention.start(service, resources, config.retention(), this::compactStore);
    }

    private void compactStore() {
        if (store == null) {
            return;
        }
        try {
            long saved = store.compactIfWorthIt();
            if (saved > 0) {
                LOG.info("Compacted the journal: {} MiB freed", saved >> 20);
            }
        } catch (IOException e) {
            LOG.warn("Compacting the journal failed; it will be tried again", e);
        }
    }

    /** Deploys the stored machine versions again and resumes what was running when the process ended. */
    private void resumeStoredExecutions() {
        if (store == null) {
            return;
        }
        for (DeployedMachine version : store.versionsToDeploy()) {
            try {
                engine.redeploy(version);
            } catch (RuntimeException e) {
                LOG.error("Cannot deploy stored state machine {} again: {}", version.arn(), e.getMessage());
            }
        }
        for (DurableStore.Recovered recovered : store.running()) {
            engine.resume(recovered.execution(), recovered.resumePoints());
        }
        if (!store.running().isEmpty()) {
            LOG.info("Resumed {} running executions from {}", store.running().size(), config.dataDir());
        }
    }

    /** Vert.x only logs a failed bind; fail start-up instead, with a message that says why. */
    private static void requireFreePort(String host, int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server using that port? Choose another with --port.");
        }
    }

    private String userRoutesPattern() {
        String dir = config.routesDir().toAbsolutePath().toString().replace('\\', '/');
        return "file:" + dir + "/*.yaml,file:" + dir + "/*.yml";
    }

    private void wire(BaseMainSupport support) {
        var context = support.getCamelContext();
        // Failures are ASL errors that Retry/Catch handle; Camel's own handler would only log them.
        context.getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
        resources = new RuntimeResources(Clock.systemUTC(), config.workerThreads());
        integrations = new Integrations(context, config.lambdaEndpoints(), config.awsKeys(), config.region());
        TaskResolver tasks = integrations.resolver();
        ApiSettings settings = new ApiSettings(config.region(), config.account(), Duration.ofMinutes(5));
        StateMachineStore machines = new InMemoryStateMachineStore();
        ExecutionStore executions = new InMemoryExecutionStore();
        TagStore tags = new InMemoryTagStore();
        CallbackStore tokens = new InMemoryCallbackStore();
        ActivityStore activities = new InMemoryActivityStore();
        if (config.durable()) {
            try {
                store = DurableStore.open(config.dataDir(), resources.workers());
                tags = FileTagStore.open(config.dataDir());
            } catch (IOException e) {
                throw new IllegalStateException("cannot open the store in " + config.dataDir().toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
            machines = store.machines();
            executions = store.executions();
            tokens = store.callbacks();
            activities = store.activities();
        }
        CallbackOperations callbacks = new CallbackOperations(tokens, activities, settings, Clock.systemUTC());
        engine = new ExecutionEngine(context, resources,
                new CompileSettings(resources, tasks, config.mapConcurrencyCeiling(), callbacks));
        service = new StepFunctionsService(engine, machines, executions, tags, callbacks,
                new RuntimeDefinitionChecker(DefinitionChecker.standard(new DefinitionValidator()), tasks),
                settings, Clock.systemUTC(), UUID::randomUUID);
        support.configure().addRoutesBuilder(new StepFunctionsApiRoutes(service));
        support.configure().addRoutesBuilder(new NestedExecutionRoutes(service));
        support.configure().addRoutesBuilder(new SdkSfnRoutes(service));
        Triggers.wire(support, service, integrations.awsClients(), config);
        if (config.console().enabled()) {
            console = new Console(service, config.console(), machineFiles, config.roleArn(), config.host());
            support.configure().addRoutesBuilder(console.routes());
        }
    }

    private void loadWorkflowFiles() throws IOException {
        for (WorkflowFiles.WorkflowFile file : WorkflowFiles.scan(config.routesDir())) {
            if (!file.isValid()) {
                file.describeProblems().forEach(line -> {
                    loadProblems.add(line);
                    LOG.error("Not loaded: {}", line);
                });
                continue;
            }
            try {
                service.createOrUpdateStateMachine(file.machineName(), file.definition(), config.roleArn(),
                        config.typeOf(file.machineName()));
                machineFiles.put(file.machineName(), file.path());
                LOG.info("Loaded state machine '{}' from {}", file.machineName(), file.path());
            } catch (ApiException e) {
                String line = file.path() + ": " + e.getMessage();
                loadProblems.add(line);
                LOG.error("Not loaded: {}", line);
            } catch (RuntimeException e) {
                String line = file.path() + ": " + e;
                loadProblems.add(line);
                LOG.error("Not loaded: {}", line, e);
            }
        }
    }

    public StepFunctionsService service() {
        return service;
    }

    /** What could not be loaded from the routes directory, one line per problem. */
    public List<String> loadProblems() {
        return List.copyOf(loadProblems);
    }

    /** The Camel context, e.g. to send to a trigger endpoint. */
    public org.apache.camel.CamelContext camelContext() {
        return main.getCamelContext();
    }

    public int port() {
        return config.port();
    }

    /** Blocks until the JVM is asked to shut down. */
    public void awaitShutdown() throws InterruptedException {
        Thread current = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            current.interrupt();
        }));
        while (true) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            main.stop();
        } catch (RuntimeException e) {
            LOG.warn("Error while stopping", e);
        }
        if (retention != null) {
            retention.stop();
        }
        if (resources != null) {
            resources.close();
        }
        if (store != null) {
            store.close();
        }
        if (integrations != null) {
            integrations.close();
        }
    }
}
