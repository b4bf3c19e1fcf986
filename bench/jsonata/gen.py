#!/usr/bin/env python3
"""Writes the JSONata-vs-JSONPath Pass benchmark: the same 100-state chain in both query languages.

Each state adds its number to acc.sum and records the previous step, keeping a payload alongside, so
both versions do the same data work. Run from this folder: python3 gen.py
"""
import json

N = 100
PAYLOAD = {"user": {"id": "u-1", "name": "Grace", "tags": ["x", "y"]},
           "order": {"id": "o-1", "lines": [{"sku": "A", "qty": 1}, {"sku": "B", "qty": 3}]}}


def name(i):
    return f"S{i:03d}"


def chain(state):
    states = {}
    for i in range(1, N + 1):
        s = state(i)
        s["Type"] = "Pass"
        if i < N:
            s["Next"] = name(i + 1)
        else:
            s["End"] = True
        states[name(i)] = s
    return states


jsonpath = {"Comment": f"{N} JSONPath Pass states", "StartAt": name(1), "States": chain(lambda i: {
    "Parameters": {"step": i, "sum.$": f"States.MathAdd($.acc.sum, {i})", "prevStep.$": "$.acc.step"},
    "ResultPath": "$.acc"})}
jsonata = {"Comment": f"{N} JSONata Pass states", "QueryLanguage": "JSONata", "StartAt": name(1),
           "States": chain(lambda i: {"Output": {
               "acc": {"step": i, "sum": "{% $states.input.acc.sum + " + str(i) + " %}",
                       "prevStep": "{% $states.input.acc.step %}"},
               "payload": "{% $states.input.payload %}"}})}

with open("pass-chain-jsonpath.asl.json", "w") as f:
    json.dump(jsonpath, f, indent=1)
with open("pass-chain-jsonata.asl.json", "w") as f:
    json.dump(jsonata, f, indent=1)
with open("pass-chain.input.json", "w") as f:
    json.dump({"acc": {"step": 0, "sum": 0}, "payload": PAYLOAD}, f, indent=1)
with open("pass-chain.expected.json", "w") as f:
    json.dump({"acc": {"step": N, "sum": N * (N + 1) // 2, "prevStep": N - 1}, "payload": PAYLOAD}, f, indent=1)
bench = {"definition": None, "input": "pass-chain.input.json", "expected": "pass-chain.expected.json",
         "transitions": N, "kind": "batch", "executions": 50, "concurrency": 1}
manifest = {"_doc": "The same 100-state Pass chain written in JSONPath and in JSONata; see gen.py.",
            "benchmarks": {"pass-chain-jsonpath": dict(bench, definition="pass-chain-jsonpath.asl.json"),
                           "pass-chain-jsonata": dict(bench, definition="pass-chain-jsonata.asl.json")}}
with open("manifest.json", "w") as f:
    json.dump(manifest, f, indent=1)
