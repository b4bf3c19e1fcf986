package dev.stepcamel.compile;

/** Exchange property names the compiled routes share. The body is always the state's JSON data. */
public final class ExchangeKeys {
    /** The {@link ExecutionRun} the exchange belongs to. */
    public static final String RUN = "StepcamelRun";
    /** Name of the next state to dispatch to; absent or null when the branch has ended. */
    public static final String NEXT = "StepcamelNext";
    /** The raw input of the current state, which ResultPath merges into. */
    public static final String STATE_INPUT = "StepcamelStateInput";
    /** {@link StateVisit}: the current state's name, entry time and retry counters. */
    public static final String VISIT = "StepcamelVisit";
    /** {@link BranchScope}: the Map item or Parallel branch this exchange runs in. */
    public static final String SCOPE = "StepcamelScope";
    /** The request a Task sends to its resource. */
    public static final String TASK_REQUEST = "StepcamelTaskRequest";
    /** The task token of a {@code .waitForTaskToken} Task, {@code $$.Task.Token}. */
    public static final String TASK_TOKEN = "StepcamelTaskToken";

    /** A {@link ResumePoint} the state named in {@link #NEXT} resumes from after a restart. */
    public static final String RESUME = "StepcamelResume";
    /** {@link PendingEvent}s held back until the frame's next checkpoint. */
    public static final String HELD = "StepcamelHeldEvents";

    /** The workflow variables this exchange sees: an unmodifiable map, replaced (never changed) on assignment. */
    public static final String VARIABLES = "StepcamelVariables";
    /** The total size of the values in {@link #VARIABLES}, kept as they change (AWS's 10 MiB quota). */
    public static final String VARIABLES_BYTES = "StepcamelVariablesBytes";
    /** What the current state assigns, applied when it exits so that its own expressions see the old values. */
    public static final String PENDING_ASSIGN = "StepcamelPendingAssign";
    /** A JSONata Choice rule's Output, which replaces the state's own when that rule wins. */
    public static final String CHOSEN_OUTPUT = "StepcamelChosenOutput";

    private ExchangeKeys() {
    }
}
