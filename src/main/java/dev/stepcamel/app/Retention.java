package dev.stepcamel.app;

import dev.stepcamel.api.StepFunctionsService;
import dev.stepcamel.compile.RuntimeServices;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention setting at work: at start-up and then every hour (or every retention period,
 * if shorter), executions that ended longer ago than the retention period are purged.
 */
final class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final Duration MOST_BETWEEN_PURGES = Duration.ofHours(1);

    private final StepFunctionsService service;
    private final RuntimeServices services;
    private final Duration keep;
    private final Runnable afterPurge;
    private volatile boolean stopped;

    private Retention(StepFunctionsService service, RuntimeServices services, Duration keep, Runnable afterPurge) {
        this.service = service;
        this.services = services;
        this.keep = keep;
        this.afterPurge = afterPurge;
    }

    /** @param afterPurge what runs after each purge (the durable store's compaction) */
    static Retention start(StepFunctionsService service, RuntimeServices services, Duration keep,
            Runnable afterPurge) {
        Retention retention = new Retention(service, services, keep, afterPurge);
        retention.purge();
        return retention;
    }

    private void purge() {
        if (stopped) {
            return;
        }
        try {
            int purged = service.purgeExecutionsEndedBefore(services.clock().instant().minus(keep));
            if (purged > 0) {
                LOG.info("Purged {} executions that ended more than {} ago", purged, keep);
            }
            afterPurge.run();
        } catch (RuntimeException e) {
            LOG.warn("Purging old executions failed", e);
        }
        Duration next = keep.isZero() || keep.compareTo(MOST_BETWEEN_PURGES) > 0 ? MOST_BETWEEN_PURGES : keep;
        services.scheduleAt(services.clock().instant().plus(next), this::purge);
    }

    void stop() {
        stopped = true;
    }
}
