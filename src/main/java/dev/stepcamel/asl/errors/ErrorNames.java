package dev.stepcamel.asl.errors;

import java.util.Set;

/** The predefined {@code States.*} error names of ASL. */
public final class ErrorNames {
    public static final String ALL = "States.ALL";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String TIMEOUT = "States.Timeout";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String PERMISSIONS = "States.Permissions";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
    public static final String RUNTIME = "States.Runtime";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";

    /** Errors that a {@code States.ALL} retrier or catcher does not match (ASL: terminal errors). */
    static final Set<String> NOT_MATCHED_BY_ALL = Set.of(RUNTIME, DATA_LIMIT_EXCEEDED);

    /** Errors that {@code States.TaskFailed} matches: every error but these. */
    static final Set<String> NOT_MATCHED_BY_TASK_FAILED = Set.of(TIMEOUT, RUNTIME, DATA_LIMIT_EXCEEDED);

    private ErrorNames() {
    }
}
