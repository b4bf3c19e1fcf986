#!/usr/bin/env bash
# Drives a running Stepcamel with the real AWS CLI: create a state machine, start an execution,
# wait for it, describe it and read its history. Usage: scripts/aws-cli-demo.sh [ENDPOINT]
set -euo pipefail

ENDPOINT="${1:-http://127.0.0.1:8083}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}" AWS_PAGER=""
sfn() { aws stepfunctions --endpoint-url "$ENDPOINT" --output json "$@"; }

NAME="cli-demo-$(date +%s)-$$"
DEFINITION='{
  "Comment": "Greets, counts to three in a Choice loop, and succeeds.",
  "StartAt": "Greet",
  "States": {
    "Greet": {"Type": "Pass", "Parameters": {"greeting.$": "States.Format(\u0027Hello, {}!\u0027, $.name)", "n": 0}, "Next": "Count"},
    "Count": {"Type": "Pass", "Parameters": {"greeting.$": "$.greeting", "n.$": "States.MathAdd($.n, 1)"}, "Next": "Enough?"},
    "Enough?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": 3, "Next": "Done"}], "Default": "Count"},
    "Done": {"Type": "Succeed"}
  }
}'

echo "== create-state-machine $NAME"
MACHINE_ARN=$(sfn create-state-machine --name "$NAME" --definition "$DEFINITION" \
  --role-arn arn:aws:iam::123456789012:role/stepcamel --query stateMachineArn --output text)
echo "$MACHINE_ARN"

echo "== start-execution"
EXECUTION_ARN=$(sfn start-execution --state-machine-arn "$MACHINE_ARN" --name first \
  --input '{"name": "Camel"}' --query executionArn --output text)
echo "$EXECUTION_ARN"

echo "== describe-execution (waiting for it to end)"
for _ in $(seq 1 100); do
  STATUS=$(sfn describe-execution --execution-arn "$EXECUTION_ARN" --query status --output text)
  [ "$STATUS" != "RUNNING" ] && break
  sleep 0.1
done
sfn describe-execution --execution-arn "$EXECUTION_ARN" --query '{status: status, output: output}'

echo "== get-execution-history"
sfn get-execution-history --execution-arn "$EXECUTION_ARN" --query 'events[].type' --output text | tr '\t' '\n'

echo "== delete-state-machine"
sfn delete-state-machine --state-machine-arn "$MACHINE_ARN"
[ "$STATUS" = "SUCCEEDED" ] || { echo "execution ended $STATUS" >&2; exit 1; }
echo "OK"
