package dev.stepcamel.console;

import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StoredStateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** State machines as the console finds them: all of them, or one by name. */
final class Machines {
    private Machines() {
    }

    static List<StoredStateMachine> all(StepFunctionsService service) {
        List<StoredStateMachine> all = new ArrayList<>();
        String token = null;
        do {
            Page<StoredStateMachine> page = service.listStateMachines(token, 1000);
            all.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    static Optional<StoredStateMachine> byName(StepFunctionsService service, String name) {
        return all(service).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    static StoredStateMachine require(StepFunctionsService service, String name) {
        return byName(service, name).orElseThrow(() -> new ApiException("StateMachineDoesNotExist",
                "State Machine Does Not Exist: '" + name + "'", 400));
    }
}
