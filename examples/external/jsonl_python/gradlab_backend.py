#!/usr/bin/env python3
"""A gradlab external-process backend in plain Python (standard library only).

It speaks protocol 1 of docs/protocol.md on stdin/stdout and implements a few
catalog problems with hand-written gradients, written in the same order of
operations as the catalog's C++ (functions/classic/*.cpp), so they agree with
gradlab's `analytic` backend to the last bit or two.

    gradlab run configs/external.json      # uses this file

The --misbehave flags make it fail on purpose; tests/external_process_test.cpp
uses them to check that every failure becomes one case's error record and that
the run goes on:

    --misbehave MODE:PROBLEM   on requests for PROBLEM (repeatable), MODE is
        crash           write to stderr, exit with status 3
        noisy-crash     write a progress bar and terminal escapes to stderr, exit with status 3
        signal          kill itself with SIGSEGV
        hang            never reply
        garbage         reply with a line that is not JSON
        nan             reply with NaN in the gradient (not JSON either)
        overflow        reply with 1e999 in the gradient (JSON, but no double)
        partial         write half a reply without a newline, then exit
        long-line       reply with a line of 2 MiB (more than gradlab reads for n = 2)
        not-result      reply with a JSON object of another type
        wrong-id        reply with the id of another request
        old-id          reply with the id of the request before
        two-replies     reply twice to this request (in one write)
        flood           reply; once the next request starts to arrive, write 32 MiB of
                        lines to stdout without reading the rest of it
        stderr-flood    write 1 MiB to stderr, then reply as usual
        wrong-length    reply with one gradient component too many
        missing-value   reply without "value" (fine: protocol 1 does not use it)
        null            reply with null as gradient[0] (a non-finite component)
        error           reply {"type": "error"} (the process stays up)
    --protocol N        claim protocol N (refuse gradlab's hello unless N = 1)
    --startup MODE      misbehave before or in the hello: hang | crash | garbage,
                        or overflow (a hello holding the number 1e999)
    --list-problem NAME list NAME in the hello instead of the problems implemented
                        (repeatable; requests for names it does not implement get errors)
    --spawn-helper FILE start a helper process that sleeps, and write its pid to FILE
    --ignore-shutdown   on "bye" or end of input, keep running (gradlab must kill it)
    --no-self-timing    leave "nanoseconds" out of results
"""

import argparse
import json
import math
import os
import signal
import subprocess
import sys
import time

PROTOCOL = 1
NAME = "gradlab-example-python"
VERSION = "1.0"


def rosenbrock(x):
    # f = sum_{i<n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2
    n = len(x)
    f = 0.0
    g = [0.0] * n
    for i in range(n - 1):
        a = x[i + 1] - x[i] * x[i]
        b = 1.0 - x[i]
        f += 100.0 * a * a + b * b
        g[i] += -400.0 * x[i] * a - 2.0 * (1.0 - x[i])
        g[i + 1] += 200.0 * a
    return f, g


def sphere(x):
    return sum_in_order(xi * xi for xi in x), [2.0 * xi for xi in x]


def sum_squares(x):
    # f = sum_i (i+1) x_i^2
    f = sum_in_order(float(i + 1) * xi * xi for i, xi in enumerate(x))
    return f, [float(2 * (i + 1)) * xi for i, xi in enumerate(x)]


def trid(x):
    # f = sum_i (x_i - 1)^2 - sum_{i>0} x_i x_{i-1}
    n = len(x)
    f = 0.0
    for i in range(n):
        d = x[i] - 1.0
        f += d * d
        if i > 0:
            f -= x[i] * x[i - 1]
    g = []
    for i in range(n):
        gi = 2.0 * (x[i] - 1.0)
        if i > 0:
            gi -= x[i - 1]
        if i + 1 < n:
            gi -= x[i + 1]
        g.append(gi)
    return f, g


def beale(x):
    x1, y = x
    y2 = y * y
    y3 = y2 * y
    r1 = 1.5 - x1 + x1 * y
    r2 = 2.25 - x1 + x1 * y2
    r3 = 2.625 - x1 + x1 * y3
    f = r1 * r1 + r2 * r2 + r3 * r3
    g0 = 2.0 * (r1 * (y - 1.0) + r2 * (y2 - 1.0) + r3 * (y3 - 1.0))
    g1 = 2.0 * x1 * (r1 + 2.0 * r2 * y + 3.0 * r3 * y2)
    return f, [g0, g1]


def booth(x):
    r1 = x[0] + 2.0 * x[1] - 7.0
    r2 = 2.0 * x[0] + x[1] - 5.0
    return r1 * r1 + r2 * r2, [2.0 * r1 + 4.0 * r2, 4.0 * r1 + 2.0 * r2]


def himmelblau(x):
    r1 = x[0] * x[0] + x[1] - 11.0
    r2 = x[0] + x[1] * x[1] - 7.0
    return r1 * r1 + r2 * r2, [4.0 * x[0] * r1 + 2.0 * r2, 2.0 * r1 + 4.0 * x[1] * r2]


def sum_in_order(terms):
    # Left to right like the C++ loop; math.fsum would round differently.
    total = 0.0
    for t in terms:
        total += t
    return total


# name -> (function, smallest n, fixed n or None)
PROBLEMS = {
    "rosenbrock": (rosenbrock, 2, None),
    "sphere": (sphere, 1, None),
    "sum_squares": (sum_squares, 1, None),
    "trid": (trid, 2, None),
    "beale": (beale, 2, 2),
    "booth": (booth, 2, 2),
    "himmelblau": (himmelblau, 2, 2),
}

MODES = ("crash", "noisy-crash", "signal", "hang", "garbage", "nan", "overflow", "partial", "long-line",
         "not-result", "wrong-id", "old-id", "two-replies", "flood", "stderr-flood", "wrong-length",
         "missing-value", "null", "error")


def encode(message):
    return json.dumps(message, allow_nan=False, separators=(",", ":")) + "\n"


def send(message):
    # allow_nan=False: NaN and Infinity are not JSON; finite() turns them into null first.
    sys.stdout.write(encode(message))
    sys.stdout.flush()


def finite(v):
    return v if math.isfinite(v) else None


def hang():
    while True:
        time.sleep(3600)


def die_by_signal():
    import resource  # no core file for a crash made on purpose
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.kill(os.getpid(), signal.SIGSEGV)
    hang()


def compute(request):
    """The result for one well-formed request, or an error message."""
    name = request.get("problem")
    n = request.get("n")
    x = request.get("x")
    if name not in PROBLEMS:
        return None, "unknown problem %r (this backend implements %s)" % (name, ", ".join(sorted(PROBLEMS)))
    if not isinstance(x, list) or len(x) != n:
        return None, "x must be an array of n = %r numbers" % (n,)
    if any(not isinstance(v, (int, float)) for v in x):
        return None, "x must hold numbers only (a null means gradlab sent a non-finite point)"
    function, min_n, fixed_n = PROBLEMS[name]
    if (fixed_n is not None and n != fixed_n) or n < min_n:
        wanted = "n = %d" % fixed_n if fixed_n is not None else "n >= %d" % min_n
        return None, "%s takes %s, got n = %d" % (name, wanted, n)
    return function([float(v) for v in x]), None


def misbehave(mode, request):
    rid = request["id"]
    if mode == "crash":
        sys.stderr.write("gradlab_backend.py: crashing on purpose on %s\n" % request["problem"])
        sys.stderr.flush()
        os._exit(3)
    if mode == "noisy-crash":
        sys.stderr.write("progress  10%\rprogress  55%\rprogress 100%\n")
        sys.stderr.write("\x1b[31mfatal:\x1b[0m\tgave up\x07 on %s\r\n" % request["problem"])
        sys.stderr.flush()
        os._exit(3)
    if mode == "signal":
        die_by_signal()
    if mode == "hang":
        hang()
    if mode == "garbage":
        sys.stdout.write("this is not JSON\n")
    elif mode == "nan":
        sys.stdout.write('{"type":"result","id":%d,"value":NaN,"gradient":[NaN,NaN]}\n' % rid)
    elif mode == "overflow":
        sys.stdout.write('{"type":"result","id":%d,"gradient":[1e999,0]}\n' % rid)
    elif mode == "long-line":
        sys.stdout.write('{"type":"result","id":%d,"padding":"%s"}\n' % (rid, "x" * (2 << 20)))
    elif mode == "partial":
        sys.stdout.write('{"type":"result","id":%d,"val' % rid)
        sys.stdout.flush()
        os._exit(0)
    elif mode == "not-result":
        send({"type": "hello", "id": rid})
    elif mode == "wrong-id":
        send({"type": "result", "id": rid + 1000, "value": 0.0, "gradient": [0.0] * request["n"]})
    elif mode == "old-id":
        send({"type": "result", "id": rid - 1, "value": 0.0, "gradient": [0.0] * request["n"]})
    elif mode in ("two-replies", "flood", "stderr-flood"):
        if mode == "stderr-flood":
            for k in range(16384):
                sys.stderr.write("gradlab_backend.py: noise line %05d of 16384 .............................\n" % k)
            sys.stderr.flush()
        value, gradient = compute(request)[0]
        reply = encode({"type": "result", "id": rid, "value": value, "gradient": gradient})
        # Both copies in one write, so that they reach gradlab together.
        sys.stdout.write(reply * 2 if mode == "two-replies" else reply)
        sys.stdout.flush()
        if mode == "flood":
            os.read(sys.stdin.fileno(), 1)  # gradlab is writing the next request now
            line = "gradlab_backend.py: this line is not for gradlab's stdout\n" * 1024
            for _ in range((32 << 20) // len(line)):
                sys.stdout.write(line)
            sys.stdout.flush()
            hang()
    elif mode == "wrong-length":
        send({"type": "result", "id": rid, "value": 0.0, "gradient": [0.0] * (request["n"] + 1)})
    elif mode == "missing-value":
        send({"type": "result", "id": rid, "gradient": [0.0] * request["n"]})
    elif mode == "null":
        send({"type": "result", "id": rid, "value": 0.0, "gradient": [None] + [0.0] * (request["n"] - 1)})
    elif mode == "error":
        send({"type": "error", "id": rid, "message": "refusing %s on purpose" % request["problem"]})
    sys.stdout.flush()


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misbehave", action="append", default=[], metavar="MODE:PROBLEM")
    parser.add_argument("--protocol", type=int, default=PROTOCOL)
    parser.add_argument("--startup", choices=("hang", "crash", "garbage", "overflow"))
    parser.add_argument("--list-problem", action="append", default=[], metavar="NAME")
    parser.add_argument("--spawn-helper", metavar="FILE")
    parser.add_argument("--ignore-shutdown", action="store_true")
    parser.add_argument("--no-self-timing", action="store_true")
    args = parser.parse_args()
    args.faults = {}
    for item in args.misbehave:
        mode, _, problem = item.partition(":")
        if mode not in MODES or not problem:
            parser.error("--misbehave %s: expected MODE:PROBLEM with MODE one of %s" % (item, ", ".join(MODES)))
        args.faults[problem] = mode
    return args


def main():
    args = parse_args()
    if args.startup == "hang":
        hang()
    if args.startup == "crash":
        sys.stderr.write("gradlab_backend.py: cannot start (on purpose)\n")
        sys.exit(2)
    if args.startup == "garbage":
        print("Welcome to my backend!", flush=True)
    if args.spawn_helper:
        # Shares this process's group, as the helpers of real backends do
        # (a compiler, a solver server, a worker pool).
        helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        with open(args.spawn_helper + ".tmp", "w") as f:
            f.write("%d\n" % helper.pid)
        os.replace(args.spawn_helper + ".tmp", args.spawn_helper)
    listed = args.list_problem or sorted(PROBLEMS)

    for line in iter(sys.stdin.readline, ""):
        try:
            message = json.loads(line)
        except ValueError as e:
            sys.stderr.write("gradlab_backend.py: not JSON: %s\n" % e)
            continue
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "hello":
            if message.get("protocol") != args.protocol:
                send({"type": "error", "protocol": args.protocol,
                      "message": "this backend speaks protocol %d, not %r" % (args.protocol, message.get("protocol"))})
                continue
            hello = {"type": "hello", "protocol": args.protocol, "backend": NAME, "version": VERSION,
                     "problems": listed}
            if args.startup == "overflow":
                sys.stdout.write(encode(hello)[:-2] + ',"max_n":1e999}\n')
                sys.stdout.flush()
            else:
                send(hello)
        elif kind == "gradient":
            fault = args.faults.get(message.get("problem"))
            if fault:
                misbehave(fault, message)
                continue
            start = time.perf_counter_ns()
            result, error = compute(message)
            elapsed = time.perf_counter_ns() - start
            if error:
                send({"type": "error", "id": message.get("id"), "message": error})
                continue
            value, gradient = result
            reply = {"type": "result", "id": message["id"], "value": finite(value),
                     "gradient": [finite(v) for v in gradient]}
            if not args.no_self_timing:
                reply["nanoseconds"] = elapsed
            send(reply)
        elif kind == "bye":
            break
        elif isinstance(message, dict) and message.get("id") is not None:
            send({"type": "error", "id": message["id"], "message": "unknown message type %r" % (kind,)})
        else:
            # A reply without the id of a request would put gradlab out of step.
            sys.stderr.write("gradlab_backend.py: ignoring a message of unknown type %r without an id\n" % (kind,))
    if args.ignore_shutdown:
        hang()


if __name__ == "__main__":
    main()
