package dev.stepcamel.store;

import dev.stepcamel.runtime.DeployedMachine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A state machine and its revisions, oldest first; the last is the one new executions start from.
 * AWS reports no revision id until the first update, so the first revision's id is {@code null}.
 */
public record StoredStateMachine(List<Revision> revisions, Instant creationDate) {

    /** One deployed version of the machine. */
    public record Revision(DeployedMachine machine, String revisionId, Instant updateDate) {
    }

    public StoredStateMachine {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a state machine has at least one revision");
        }
        revisions = List.copyOf(revisions);
    }

    public static StoredStateMachine created(DeployedMachine machine, Instant at) {
        return new StoredStateMachine(List.of(new Revision(machine, null, at)), at);
    }

    public Revision current() {
        return revisions.get(revisions.size() - 1);
    }

    public String arn() {
        return current().machine().arn();
    }

    public String name() {
        return current().machine().name();
    }

    public StoredStateMachine withRevision(Revision next) {
        var all = new java.util.ArrayList<>(revisions);
        all.add(next);
        return new StoredStateMachine(all, creationDate);
    }

    /** The revision that deployed {@code machine} (matched by route key), if it is one of ours. */
    public Optional<Revision> revisionOf(DeployedMachine machine) {
        return revisions.stream().filter(r -> r.machine().routeKey().equals(machine.routeKey())).findFirst();
    }
}
