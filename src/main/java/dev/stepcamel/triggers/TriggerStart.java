package dev.stepcamel.triggers;

import dev.stepcamel.api.ApiException;
import dev.stepcamel.runtime.Execution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Starts one execution for the message in hand: the body is the input. When the message carries
 * an identity ({@link #IDENTITY}), the execution's name is derived from it, so starting the same
 * object twice finds the first execution instead of running a second.
 */
final class TriggerStart implements Processor {
    /** Header naming what the execution is for (e.g. an S3 object version). */
    static final String IDENTITY = "StepcamelTriggerIdentity";
    /** Header a route in routes/ sets to choose the machine {@code direct:stepcamel-start} starts. */
    static final String MACHINE = "StepcamelMachine";

    private final ExecutionStarter starter;
    private final String machine;
    private final String namePrefix;

    TriggerStart(ExecutionStarter starter, String machine, String namePrefix) {
        this.starter = starter;
        this.machine = machine;
        this.namePrefix = namePrefix;
    }

    @Override
    public void process(Exchange exchange) {
        String target = machine != null ? machine : exchange.getMessage().getHeader(MACHINE, String.class);
        if (target == null) {
            throw new IllegalArgumentException("no state machine: set the " + MACHINE + " header");
        }
        String input = TriggerInput.of(exchange.getMessage().getBody());
        String identity = exchange.getMessage().getHeader(IDENTITY, String.class);
        String name = identity == null ? null : namePrefix + hash(identity);
        try {
            Execution execution = starter.start(target, name, input);
            exchange.getMessage().setBody("{\"executionArn\":\"" + execution.executionArn() + "\"}");
        } catch (ApiException e) {
            if (!e.type().equals("ExecutionAlreadyExists")) {
                throw e;
            }
            // Started before under the same name: this object version already has its execution.
        }
    }

    private static String hash(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
