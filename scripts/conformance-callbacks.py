#!/usr/bin/env python3
"""Runs ../shared/conformance/run.py with the few setup fixtures its callback, activity and
nested-execution cases need and it does not replay itself:

- ``create_activity``: CreateActivity on the endpoint under test (and, for
  ``test_activity_task_on_deleted``, the DeleteActivity call that test makes next);
- ``sfn_activity_consumer``: the recorded consumer state machine (aws-sdk:sfn:getActivityTask, then
  sendTaskSuccess with the task's input), created and started on the endpoint under test;
- ``${state_machine_arn}`` in an input template: a target machine created from the suite's
  ``pass_result`` template (a Pass state whose Result is ``{"Arg1": "argument1"}``);
- the callback worker of the ``callback`` cases, which the recorded tests ran in their own code: it
  reads the task token from the messages on the queues the case's setup created and answers as the
  recorded test did: SendTaskHeartbeat twice for the heartbeat tests, then SendTaskSuccess with the
  SQS message body as output (``{}`` for a message that came through SNS); the timeout tests,
  whose recorded code answers nothing, get no worker.

Everything else (comparison, normalisation, reporting) is run.py's own. Pass run.py's options,
e.g. ``--endpoint http://127.0.0.1:8083 --cases ../shared/conformance/cases --setup
--allow-needs activity --allow-needs stepfunctions --feature Activity --feature Sync``.
"""
import json
import os
import sys
import threading
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "conformance"))
import run  # noqa: E402

PASS_RESULT = {"Comment": "BASE_PASS_RESULT", "StartAt": "State_1",
               "States": {"State_1": {"Type": "Pass", "Result": {"Arg1": "argument1"}, "End": True}}}
ENDPOINT = None
CURRENT = threading.local()


def _sfn():
    return run.SfnClient(ENDPOINT, "us-east-1", timeout=90)


def fx_create_activity(self, name=None, **_):
    created = _sfn().call("CreateActivity", {"name": name or f"activity-{self.uid()}"})
    if CURRENT.name and CURRENT.name.endswith("::test_activity_task_on_deleted"):
        # The recorded test deletes the activity right after creating it; run.py does not record that call.
        _sfn().call("DeleteActivity", {"activityArn": created["activityArn"]})
    return created


def fx_sfn_activity_consumer(self, template=None, activity_arn=None, **_):
    """The recorded consumer: a state machine that polls with aws-sdk:sfn:getActivityTask."""
    client = _sfn()
    machine = client.call("CreateStateMachine", {"name": f"activity-consumer-{self.uid()}",
                                                 "definition": json.dumps(template), "roleArn": run.ROLE_ARN})
    return client.call("StartExecution", {"stateMachineArn": machine["stateMachineArn"],
                                          "input": json.dumps({"ActivityArn": activity_arn})})


_create_queue = run.SetupRunner.fx_sqs_create_queue


def fx_sqs_create_queue(self, **kwargs):
    url = _create_queue(self, **kwargs)
    queues = getattr(CURRENT, "queues", None)
    if queues is not None:
        queues.append((self.c, url))
    return url


def _callback_worker(queues, heartbeats, stop):
    """Answers every task token that arrives on the case's queues, as the recorded test's code did."""
    client = _sfn()
    while not stop.is_set():
        for mini, url in list(queues):
            try:
                raw = mini.json_call("sqs", "AmazonSQS.ReceiveMessage",
                                     {"QueueUrl": url, "MaxNumberOfMessages": 10, "WaitTimeSeconds": 1})
            except run.ApiError:
                continue
            for message in raw.get("Messages") or []:
                body = message.get("Body") or ""
                try:
                    parsed = json.loads(body)
                except ValueError:
                    continue
                output = body
                if isinstance(parsed, dict) and "TaskToken" not in parsed and isinstance(parsed.get("Message"), str):
                    parsed, output = json.loads(parsed["Message"]), "{}"  # an SNS envelope
                token = parsed.get("TaskToken") if isinstance(parsed, dict) else None
                if not token:
                    continue
                for _ in range(heartbeats):
                    client.call("SendTaskHeartbeat", {"taskToken": token})
                client.call("SendTaskSuccess", {"taskToken": token, "output": output})
                mini.json_call("sqs", "AmazonSQS.DeleteMessage",
                               {"QueueUrl": url, "ReceiptHandle": message["ReceiptHandle"]})
        stop.wait(0.2)


run.SetupRunner.fx_sqs_create_queue = fx_sqs_create_queue
run.SetupRunner.SUPPORTED_FIXTURES |= {"create_activity", "sfn_activity_consumer"}
run.SetupRunner.fx_create_activity = fx_create_activity
run.SetupRunner.fx_sfn_activity_consumer = fx_sfn_activity_consumer

_make_substituter = run.make_substituter


def make_substituter(values, uids):
    sub, sub_text = _make_substituter(values, uids)

    def target_arn():
        if "state_machine_arn" not in uids:
            uids["state_machine_arn"] = _sfn().call("CreateStateMachine", {
                "name": f"pass-result-{uuid.uuid4().hex[:8]}", "definition": json.dumps(PASS_RESULT),
                "roleArn": run.ROLE_ARN})["stateMachineArn"]
        return uids["state_machine_arn"]

    def sub_text2(text):
        return sub_text(text.replace("${state_machine_arn}", target_arn()))

    return sub, sub_text2


run.make_substituter = make_substituter
_should_skip = run.should_skip


def should_skip(case, opts):
    template = case.get("input_template") or ""
    if not case.get("replayable_with_setup") and "${state_machine_arn}" in template \
            and not case.get("unresolved_definition") and not case.get("setup"):
        patched = dict(case, replayable_with_setup=True)
        return _should_skip(patched, opts)
    return _should_skip(case, opts)


run.should_skip = should_skip
_run_case = run.run_case


def run_case(case, opts):
    CURRENT.name = case.get("name")
    CURRENT.queues = []
    stop = threading.Event()
    # The recorded timeout tests leave the token unanswered; the others answer it.
    if "callback" in (case.get("needs") or []) and "timeout" not in case.get("name", "").lower():
        heartbeats = 2 if "heartbeat" in case.get("name", "") else 0
        threading.Thread(target=_callback_worker, args=(CURRENT.queues, heartbeats, stop), daemon=True).start()
    try:
        return _run_case(case, opts)
    finally:
        stop.set()


run.run_case = run_case

if __name__ == "__main__":
    args = sys.argv[1:]
    ENDPOINT = args[args.index("--endpoint") + 1]
    sys.argv = [sys.argv[0]] + args
    run.main()
