#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Kubernetes Indexed Job manifest of the batch recipe (python3-yaml): one batch/v1 Job,
completionMode Indexed, the N of --shard equal to completions, parallelism within it, restartPolicy
Never, an image, the shard taken from JOB_COMPLETION_INDEX + 1, --threads from the CPU request,
every variable the command uses defined, every path under a volume mount, the output writable.
Writes what check-indexed-job.sh runs locally into OUT: command.sh, env (NAME=VALUE lines of the
literal values) and completions.

    check_indexed_job.py MANIFEST OUT
"""
import os
import re
import sys

import yaml


def fail(message):
    print(f"FAIL: {sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def need(condition, message):
    if not condition:
        fail(message)


def main():
    manifest, out = sys.argv[1], sys.argv[2]
    with open(manifest, encoding="utf-8") as f:
        try:
            documents = [d for d in yaml.safe_load_all(f) if d is not None]
        except yaml.YAMLError as e:
            fail(f"not valid YAML: {e}")
    need(len(documents) == 1, f"expected one document, found {len(documents)}")
    job = documents[0]
    need(job.get("apiVersion") == "batch/v1", "apiVersion is not batch/v1")
    need(job.get("kind") == "Job", "kind is not Job")
    need(job.get("metadata", {}).get("name"), "no metadata.name")
    spec = job.get("spec", {})
    need(spec.get("completionMode") == "Indexed", "spec.completionMode is not Indexed")
    completions = spec.get("completions")
    need(isinstance(completions, int) and completions >= 1, "spec.completions is not a positive number")
    parallelism = spec.get("parallelism", 1)
    need(isinstance(parallelism, int) and 1 <= parallelism <= completions,
         f"spec.parallelism {parallelism} is not within 1..completions ({completions})")
    pod = spec.get("template", {}).get("spec", {})
    # backoffLimitPerIndex and podFailurePolicy both require Never.
    need(pod.get("restartPolicy") == "Never", "template.spec.restartPolicy is not Never")
    containers = pod.get("containers", [])
    need(len(containers) == 1, f"expected one container, found {len(containers)}")
    c = containers[0]
    need(isinstance(c.get("image"), str) and c["image"].strip(), "the container has no image")
    command = (c.get("command") or []) + (c.get("args") or [])
    need(len(command) == 3 and command[0] in ("/bin/sh", "sh", "/bin/bash", "bash") and command[1] == "-c",
         f"the container's command is not [shell, -c, script]: {command}")
    script = command[2]

    shard = re.search(r'--shard "?\$\(\(\s*JOB_COMPLETION_INDEX\s*\+\s*1\s*\)\)/(\d+)"?', script)
    need(shard, "the command has no --shard $((JOB_COMPLETION_INDEX + 1))/N")
    need(int(shard.group(1)) == completions,
         f"--shard .../{shard.group(1)} but spec.completions is {completions}: a shard would be lost or run twice")
    need(re.search(r'--threads "?\$\{?THREADS\}?"?', script), "the command has no --threads \"$THREADS\"")
    need(re.search(r"^\s*exec neural-style ", script, re.M), "the command does not exec neural-style")

    env = {e["name"]: e for e in c.get("env", [])}
    literal = {n: str(e["value"]) for n, e in env.items() if "value" in e}
    for name in set(re.findall(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)", script)):
        need(name == "JOB_COMPLETION_INDEX" or name in env, f"the command uses ${name}, which env does not define")
    threads = env.get("THREADS", {}).get("valueFrom", {}).get("resourceFieldRef", {})
    need(threads.get("resource") == "requests.cpu" and threads.get("containerName", c["name"]) == c["name"]
         and str(threads.get("divisor", "1")) == "1",
         "THREADS does not come from this container's requests.cpu (resourceFieldRef)")
    requests = c.get("resources", {}).get("requests", {})
    cpu = str(requests.get("cpu", ""))
    need(re.fullmatch(r"[1-9][0-9]*", cpu), f"requests.cpu '{cpu}' is not a whole number of cores (threads round up)")
    need(requests.get("memory"), "no memory request")
    limit = str(c.get("resources", {}).get("limits", {}).get("cpu", cpu))
    need(re.fullmatch(r"[0-9]+", limit) and int(limit) >= int(cpu), f"limits.cpu {limit} is below requests.cpu {cpu}")

    volumes = {v["name"] for v in pod.get("volumes", [])}
    mounts = c.get("volumeMounts", [])
    for m in mounts:
        need(m["name"] in volumes, f"volumeMount {m['mountPath']} names no volume '{m['name']}'")

    def mount_of(path):
        found = [m for m in mounts if path == m["mountPath"] or path.startswith(m["mountPath"].rstrip("/") + "/")]
        return max(found, key=lambda m: len(m["mountPath"])) if found else None

    for name, value in literal.items():
        if value.startswith("/"):
            need(mount_of(value), f"{name}={value} is on no volume mount (the image's own file system is read-only)")
    need("OUTPUT_DIR" in literal, "no OUTPUT_DIR")
    need(not mount_of(literal["OUTPUT_DIR"]).get("readOnly", False), "OUTPUT_DIR is on a read-only mount")
    for rule in spec.get("podFailurePolicy", {}).get("rules", []):
        codes = rule.get("onExitCodes")
        if codes and "containerName" in codes:
            need(codes["containerName"] == c["name"], f"podFailurePolicy names container {codes['containerName']}")

    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "command.sh"), "w", encoding="utf-8") as f:
        f.write(script)
    with open(os.path.join(out, "env"), "w", encoding="utf-8") as f:
        f.writelines(f"{n}={v}\n" for n, v in literal.items())
    with open(os.path.join(out, "completions"), "w", encoding="utf-8") as f:
        f.write(f"{completions}\n")
    print(f"{manifest}: valid: Indexed Job, {completions} completions, parallelism {parallelism}, "
          f"--shard i+1/{completions}, {cpu} threads = requests.cpu, image {c['image']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
