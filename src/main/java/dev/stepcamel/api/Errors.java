package dev.stepcamel.api;

/** AWS's errors for the resources this API manages, with AWS's message texts. */
final class Errors {
    private Errors() {
    }

    static ApiException machineDoesNotExist(String arn) {
        return new ApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    static ApiException machineAlreadyExists(String arn) {
        return new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }

    static ApiException executionDoesNotExist(String arn) {
        return new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    static ApiException executionNotRedrivable(String reason) {
        return new ApiException("ExecutionNotRedrivable", reason); // AWS's redriveStatusReason texts
    }

    static ApiException executionAlreadyExists(String arn) {
        return new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
    }

    static ApiException invalidName(String name) {
        return new ApiException("InvalidName", "Invalid Name: '" + name + "'");
    }

    static ApiException invalidInput(String detail) {
        return new ApiException("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + detail + "'");
    }

    static ApiException typeNotSupported() {
        return new ApiException("StateMachineTypeNotSupported",
                "This operation is not supported by this type of state machine");
    }

    static ApiException resourceNotFound(String arn) {
        return new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }

    static ApiException activityDoesNotExist(String arn) {
        return new ApiException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }

    static ApiException invalidTaskToken(String token) {
        return new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }

    static ApiException taskDoesNotExist() {
        return new ApiException("TaskDoesNotExist", "Task Does Not Exist: 'Provided task does not exist'");
    }

    static ApiException taskTimedOut() {
        return new ApiException("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }

    static ApiException invalidOutput(String detail) {
        return new ApiException("InvalidOutput", "Invalid Output: '" + detail + "'");
    }

    static ApiException invalidToken(String token) {
        return new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
    }
}
