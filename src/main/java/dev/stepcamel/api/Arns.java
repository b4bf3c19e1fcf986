package dev.stepcamel.api;

/** Builds and reads this API's ARNs, {@code arn:aws:states:<region>:<account>:<type>:<names...>}. */
final class Arns {
    private final String prefix;

    Arns(ApiSettings settings) {
        this.prefix = "arn:aws:states:" + settings.region() + ":" + settings.account() + ":";
    }

    String stateMachine(String name) {
        return prefix + "stateMachine:" + name;
    }

    String execution(String machineName, String name) {
        return prefix + "execution:" + machineName + ":" + name;
    }

    String activity(String name) {
        return prefix + "activity:" + name;
    }

    String expressExecution(String machineName, String name, String id) {
        return prefix + "express:" + machineName + ":" + name + ":" + id;
    }

    /** Checks an ARN names a state machine, the way AWS words a refusal. */
    static String requireStateMachine(String arn) {
        return require(arn, "stateMachine");
    }

    static String requireActivity(String arn) {
        return require(arn, "activity");
    }

    static String requireExecution(String arn) {
        return require(arn, "execution");
    }

    /** Tags attach to state machines and activities. */
    static String requireTaggable(String arn) {
        return isActivity(arn) ? requireActivity(arn) : require(arn, "stateMachine");
    }

    static boolean isActivity(String arn) {
        String[] parts = arn.split(":", -1);
        return parts.length >= 7 && "activity".equals(parts[5]);
    }

    private static String require(String arn, String type) {
        String[] parts = arn.split(":", -1);
        if (parts.length < 7 || !arn.startsWith("arn:") || !"states".equals(parts[2])) {
            throw new ApiException("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
        }
        if (!parts[5].equals(type)) {
            throw new ApiException("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: "
                    + parts[5] + "'");
        }
        return arn;
    }
}
