#!/usr/bin/env python3
"""Correct digits per backend from a gradlab results.json.

    scripts/digits_by_backend.py results/latest/results.json
    scripts/digits_by_backend.py RESULTS --points random --smooth-only --gradlab build/gradlab

Reads the judged (pass or fail) accuracy records of one derivative check
(gradient by default) and prints, per backend instance, the median, 10th
percentile and minimum of metrics.digits, the number of cases, and, for
backends that estimate their own error, how often the estimate covered the
true error. --points random keeps the seeded random points only (records
whose point label is a number); --smooth-only drops problems tagged
nonsmooth, using `gradlab list problems --json`. Output is a Markdown table.
"""
import argparse
import json
import statistics
import subprocess
import sys


def percentile(sorted_values, fraction):
    """The value at `fraction` of the way through, by linear interpolation."""
    if len(sorted_values) == 1:
        return sorted_values[0]
    position = fraction * (len(sorted_values) - 1)
    lower = int(position)
    upper = min(lower + 1, len(sorted_values) - 1)
    weight = position - lower
    return sorted_values[lower] * (1 - weight) + sorted_values[upper] * weight


def nonsmooth_problems(gradlab):
    listing = subprocess.run([gradlab, "list", "problems", "--json"], check=True, capture_output=True, text=True)
    return {p["name"] for p in json.loads(listing.stdout) if "nonsmooth" in p["tags"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", help="a results.json written by gradlab run")
    parser.add_argument("--derivative", default="gradient", choices=["gradient", "hessian", "jvp", "projection"])
    parser.add_argument("--points", default="all", choices=["all", "random"])
    parser.add_argument("--smooth-only", action="store_true", help="leave out problems tagged nonsmooth")
    parser.add_argument("--gradlab", default="build/gradlab", help="the binary to list the catalog with")
    parser.add_argument("--suite", help="only records of this suite")
    args = parser.parse_args()

    try:
        with open(args.results, encoding="utf-8") as f:
            records = json.load(f)["records"]
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"{args.results}: not a gradlab results file ({e})")
    excluded = nonsmooth_problems(args.gradlab) if args.smooth_only else set()
    base_name = lambda problem: problem.split("(", 1)[0]

    digits, coverage, order = {}, {}, []
    for r in records:
        if r.get("kind") != "accuracy" or r.get("verdict") not in ("pass", "fail"):
            continue
        m = r.get("metrics", {})
        if m.get("derivative", "gradient") != args.derivative:
            continue
        if args.suite and r.get("suite") != args.suite:
            continue
        if args.points == "random" and not r.get("point", "").isdigit():
            continue
        if base_name(r["problem"]) in excluded:
            continue
        backend = r["backend"]
        if backend not in digits:
            digits[backend] = []
            order.append(backend)
        digits[backend].append(m["digits"])
        if "error_estimate" in m:
            covered = coverage.setdefault(backend, [0, 0])
            covered[0] += m["error_estimate"]["covered_fraction"] == 1
            covered[1] += 1
    if not digits:
        sys.exit(f"{args.results}: no judged {args.derivative} accuracy records match")

    print("| backend | median | 10th percentile | worst | cases | estimate covers the error |")
    print("|---|---|---|---|---|---|")
    for backend in order:
        values = sorted(digits[backend])
        covered = coverage.get(backend)
        covered_text = f"{covered[0]}/{covered[1]} cases" if covered else ""
        print(f"| `{backend}` | {statistics.median(values) + 0.0:.1f} | {percentile(values, 0.1) + 0.0:.1f} | {values[0] + 0.0:.1f} "
              f"| {len(values)} | {covered_text} |")


if __name__ == "__main__":
    main()
