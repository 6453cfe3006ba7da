#!/usr/bin/env python3
"""The structure of action.yml and .pre-commit-hooks.yaml, parsed as YAML (needs PyYAML, which
pre-commit brings along).

action.yml: a composite action with a name, a description, the inputs path, version, sarif and
args (each described, with a default), steps that each say their shell, inputs reaching the
scripts only through `env` (never `${{ inputs.… }}` inside a script, where a value could inject
shell code), and scripts that `bash -n` accepts.

.pre-commit-hooks.yaml: the hooks `worklog` and `worklog-fix`, `language: swift`, on Markdown
files, in one serial run.

Usage: python .ci/action-check.py [REPO]
"""

import os
import subprocess
import sys

import yaml

REPO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
problems = []


def expect(condition, what):
    if not condition:
        problems.append(what)


def check_action():
    with open(os.path.join(REPO, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    expect(isinstance(action, dict), "action.yml: not a mapping")
    for key in ("name", "description", "inputs", "runs"):
        expect(key in action, f"action.yml: no `{key}`")
    inputs = action.get("inputs") or {}
    for name in ("path", "version", "sarif", "args"):
        spec = inputs.get(name)
        expect(isinstance(spec, dict), f"action.yml: no input `{name}`")
        if isinstance(spec, dict):
            expect(bool(spec.get("description")), f"action.yml: input `{name}` has no description")
            expect("default" in spec, f"action.yml: input `{name}` has no default")
    expect(inputs.get("version", {}).get("default") == "source", "action.yml: `version` should default to source")
    runs = action.get("runs") or {}
    expect(runs.get("using") == "composite", "action.yml: runs.using is not composite")
    steps = runs.get("steps") or []
    expect(len(steps) >= 2, "action.yml: fewer than two steps")
    scripts = []
    for i, step in enumerate(steps):
        label = f"action.yml: step {i + 1} ({step.get('name', '?')})"
        expect("run" in step or "uses" in step, f"{label}: neither run nor uses")
        if "run" in step:
            expect(step.get("shell") == "bash", f"{label}: a composite step's run needs `shell: bash`")
            expect("${{ inputs." not in step["run"], f"{label}: an input is interpolated into the script; pass it in env")
            scripts.append((label, step["run"]))
    text = "\n".join(script for _, script in scripts)
    expect("--format github" in text, "action.yml: no step runs `worklog lint --format github`")
    expect("--format sarif" in text, "action.yml: no step writes SARIF")
    expect("--static-swift-stdlib" in text, "action.yml: the build from source is not static")
    for label, script in scripts:
        done = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
        expect(done.returncode == 0, f"{label}: bash -n: {done.stderr.strip()}")
    outputs = action.get("outputs") or {}
    expect("sarif" in outputs and "value" in outputs["sarif"], "action.yml: no `sarif` output with a value")


def check_hooks():
    with open(os.path.join(REPO, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks = yaml.safe_load(f)
    expect(isinstance(hooks, list), ".pre-commit-hooks.yaml: not a list")
    by_id = {hook.get("id"): hook for hook in hooks or []}
    for hook_id, entry in (("worklog", "worklog lint"), ("worklog-fix", "worklog fix")):
        hook = by_id.get(hook_id)
        expect(hook is not None, f".pre-commit-hooks.yaml: no hook `{hook_id}`")
        if hook is None:
            continue
        for key, want in (("language", "swift"), ("entry", entry), ("files", r"\.md$"), ("require_serial", True)):
            expect(hook.get(key) == want, f".pre-commit-hooks.yaml: `{hook_id}` {key} is {hook.get(key)!r}, not {want!r}")
        expect(bool(hook.get("name")), f".pre-commit-hooks.yaml: `{hook_id}` has no name")


check_action()
check_hooks()
if problems:
    sys.exit("\n".join(problems))
print("action: action.yml and .pre-commit-hooks.yaml have the structure they need")
