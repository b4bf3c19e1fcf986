#!/usr/bin/env python3
"""Drops N objects into a watched bucket while the runtime is restarted half way, and counts the
executions they started. Each execution writes a marker object named after its object key and its
own execution name into a second bucket, so the count survives the restart. Expected: exactly N
markers, one per object. Needs boto3, a running moto_server and the built jar:

  python3 scripts/s3-trigger-check.py --moto http://127.0.0.1:8250 --port 8283 --objects 100 [--kill]
"""
import argparse, os, signal, subprocess, sys, tempfile, time, uuid, urllib.request
import boto3

p = argparse.ArgumentParser()
p.add_argument("--moto", required=True)
p.add_argument("--port", type=int, default=8283)
p.add_argument("--objects", type=int, default=100)
p.add_argument("--jar", default="target/stepcamel.jar")
p.add_argument("--pace", type=float, default=0.05, help="seconds between uploads")
p.add_argument("--kill", action="store_true", help="restart with kill -9 instead of a graceful stop")
a = p.parse_args()

work = tempfile.mkdtemp(prefix="s3-trigger-check-")
os.makedirs(f"{work}/routes"); os.makedirs(f"{work}/config")
bucket, seen = "watched-" + uuid.uuid4().hex[:12], "seen-" + uuid.uuid4().hex[:12]
with open(f"{work}/routes/on-object.asl.json", "w") as f:
    f.write('{"StartAt":"Mark","States":{"Mark":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:s3:putObject",'
            '"Parameters":{"Bucket":"' + seen + '","Key.$":"States.Format(\'{}/{}\', '
            '$.Records[0].s3.object.key, $$.Execution.Name)","Body":"seen"},"End":true}}}')
with open(f"{work}/config/application.properties", "w") as f:
    f.write(f"""camel.server.port={a.port}
stepcamel.aws.endpoint={a.moto}
stepcamel.aws.credentials=static
stepcamel.aws.access-key-id=test
stepcamel.aws.secret-access-key=test
stepcamel.trigger.state-dir={work}/state
stepcamel.trigger.s3.w.machine=on-object
stepcamel.trigger.s3.w.bucket={bucket}
stepcamel.trigger.s3.w.poll-millis=200
""")
s3 = boto3.client("s3", endpoint_url=a.moto, aws_access_key_id="test", aws_secret_access_key="test",
                  region_name="us-east-1")
s3.create_bucket(Bucket=bucket)
s3.create_bucket(Bucket=seen)


def start():
    proc = subprocess.Popen(["java", "-jar", a.jar, "run", "--routes", f"{work}/routes", "--config", f"{work}/config",
                             "--data", f"{work}/data"],
                            stdout=open(f"{work}/runtime.log", "a"), stderr=subprocess.STDOUT)
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{a.port}/stepcamel/health", timeout=1)
            return proc
        except Exception:
            time.sleep(0.2)
    sys.exit("runtime did not start; see " + work + "/runtime.log")


def markers():
    out = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=seen):
        out += [o["Key"] for o in page.get("Contents", [])]
    return out


proc = start()
for i in range(a.objects):
    s3.put_object(Bucket=bucket, Key=f"img-{i:04d}.jpg", Body=b"x" * (i + 1))
    time.sleep(a.pace)
    if i == a.objects // 2:
        before = len(markers())
        proc.send_signal(signal.SIGKILL if a.kill else signal.SIGTERM)  # half way, while executions start
        proc.wait(60)
        at_stop = len(markers())
        proc = start()
deadline = time.time() + 120
while time.time() < deadline and len(markers()) < a.objects:
    time.sleep(0.5)
time.sleep(3)  # several more polls: nothing may start twice
found = markers()
proc.send_signal(signal.SIGTERM); proc.wait(60)
objects = {k.split("/")[0] for k in found}
print(f"objects={a.objects} executions={len(found)} distinct_objects={len(objects)} "
      f"(executions when the restart began={before}, when it stopped={at_stop})")
sys.exit(0 if len(found) == a.objects and len(objects) == a.objects else 1)
