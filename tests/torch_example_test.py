#!/usr/bin/env python3
"""CTest external_torch_example: `gradlab run examples/external/torch/gradlab_torch.json`
from the source tree, with this interpreter's directory first in PATH so that the
config's "python3" is the one that has torch. Every accuracy case of the torch
backend must pass (or be not applicable at a kink), on at least ten problems.

Usage: torch_example_test.py GRADLAB_BINARY SOURCE_DIR. Exits 77 (CTest's
SKIP_RETURN_CODE) when importing torch fails in any way (not installed, or an
installation that raises on import), printing why.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def main():
    gradlab, source = sys.argv[1], sys.argv[2]
    try:
        import torch  # noqa: F401
    except Exception as e:  # noqa: BLE001 -- not only ImportError: a broken install raises anything
        print("skipped: %s cannot import torch (%s: %s); apt-get install python3-torch"
              % (sys.executable, type(e).__name__, e))
        return SKIP

    out = tempfile.mkdtemp(prefix="gradlab-torch-")
    try:
        env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
        run = subprocess.run([gradlab, "run", "examples/external/torch/gradlab_torch.json", "--out", out],
                             cwd=source, env=env, capture_output=True, text=True)
        print(run.stdout[-4000:])
        print(run.stderr[-4000:], file=sys.stderr)
        if run.returncode != 0:
            print("FAIL: gradlab exited with %d" % run.returncode)
            return 1
        with open(os.path.join(out, "latest", "results.json")) as f:
            results = json.load(f)
        passed = {}
        bad = []
        for rec in results["records"]:
            if rec["backend"] != "torch":
                continue
            if rec["verdict"] == "pass":
                passed[rec["problem"]] = passed.get(rec["problem"], 0) + 1
                if "self_timed_seconds" not in rec["metrics"]:
                    bad.append("%s: no self_timed_seconds" % rec["name"])
            elif rec["verdict"] == "not-applicable" and "not differentiable" in rec["message"]:
                continue  # ackley's minimizer, a kink
            else:
                bad.append("%s: %s %s" % (rec["name"], rec["verdict"], rec["message"]))
        if bad:
            print("FAIL:\n  " + "\n  ".join(bad))
            return 1
        if len(passed) < 10:
            print("FAIL: only %d problems passed: %s" % (len(passed), sorted(passed)))
            return 1
        print("torch.autograd passed %d cases on %d problems: %s" %
              (sum(passed.values()), len(passed), ", ".join(sorted(passed))))
        return 0
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
