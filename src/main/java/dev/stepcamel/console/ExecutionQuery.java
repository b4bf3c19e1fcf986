package dev.stepcamel.console;

import dev.stepcamel.api.ApiException;
import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.runtime.Execution;
import dev.stepcamel.runtime.ExecutionStatus;
import dev.stepcamel.runtime.MachineType;
import dev.stepcamel.store.Page;
import dev.stepcamel.store.StoredStateMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The executions list: every Standard execution (of one machine or of all), filtered by status and
 * start time, newest first, one page at a time. It reads the store through ListExecutions, a page of
 * 1,000 at a time, so the page never holds more than the slice it shows.
 */
final class ExecutionQuery {
    private static final int READ_PAGE = 1000;

    record Filter(String machineName, ExecutionStatus status, Instant startedAfter, Instant startedBefore) {
        boolean accepts(Execution execution) {
            Instant start = execution.startDate();
            return (startedAfter == null || !start.isBefore(startedAfter))
                    && (startedBefore == null || start.isBefore(startedBefore));
        }
    }

    record Result(List<Execution> items, int total) {
    }

    private final StepFunctionsService service;

    ExecutionQuery(StepFunctionsService service) {
        this.service = service;
    }

    Result run(Filter filter, int offset, int limit) {
        List<Execution> matching = new ArrayList<>();
        for (StoredStateMachine machine : Machines.all(service)) {
            if (filter.machineName() != null && !machine.name().equals(filter.machineName())) {
                continue;
            }
            if (machine.current().machine().type() == MachineType.EXPRESS) {
                continue; // Express executions are not listed, as on AWS
            }
            collect(machine.arn(), filter, matching);
        }
        matching.sort(Comparator.comparing(Execution::startDate).reversed()
                .thenComparing(Execution::executionArn));
        int from = Math.min(offset, matching.size());
        return new Result(List.copyOf(matching.subList(from, Math.min(matching.size(), from + limit))),
                matching.size());
    }

    private void collect(String machineArn, Filter filter, List<Execution> into) {
        String token = null;
        do {
            Page<Execution> page;
            try {
                page = service.listExecutions(machineArn, filter.status(), token, READ_PAGE);
            } catch (ApiException e) {
                return; // deleted meanwhile
            }
            for (Execution execution : page.items()) {
                if (filter.accepts(execution)) {
                    into.add(execution);
                }
            }
            token = page.nextToken();
        } while (token != null);
    }
}
