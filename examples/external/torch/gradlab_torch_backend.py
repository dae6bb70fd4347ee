#!/usr/bin/env python3
"""A gradlab external-process backend whose gradients come from PyTorch's
reverse-mode automatic differentiation (torch.autograd), in float64.

Each problem is written once, as its value on a tensor, exactly as the
catalog defines it (functions/classic/*.cpp); torch.autograd.grad gives the
gradient. gradlab then checks it against its 50-digit reference, so this is
also a test of autograd itself.

Needs Debian's python3-torch (apt-get install --no-install-recommends
python3-torch). From the repository root:

    build/gradlab run examples/external/torch/gradlab_torch.json

Protocol: docs/protocol.md (version 1).
"""

import json
import math
import sys
import time

import torch

PROTOCOL = 1
NAME = "gradlab-example-torch"
VERSION = "1.0 (torch %s)" % torch.__version__

# gradlab runs cases on several threads of its own; one thread here keeps
# small problems from paying for torch's thread pool.
torch.set_num_threads(1)

TWO_PI = 2.0 * math.pi


def indices(x, start=1):
    return torch.arange(start, start + x.numel(), dtype=x.dtype)


def rosenbrock(x):
    a = x[1:] - x[:-1] * x[:-1]
    b = 1.0 - x[:-1]
    return (100.0 * a * a + b * b).sum()


def sphere(x):
    return (x * x).sum()


def sum_squares(x):
    return (indices(x) * x * x).sum()


def trid(x):
    return ((x - 1.0) ** 2).sum() - (x[1:] * x[:-1]).sum()


def zakharov(x):
    s = (indices(x) * x).sum() / 2.0
    s2 = s * s
    return (x * x).sum() + s2 + s2 * s2


def styblinski_tang(x):
    x2 = x * x
    return 0.5 * (x2 * x2 - 16.0 * x2 + 5.0 * x).sum()


def dixon_price(x):
    t = 2.0 * x[1:] * x[1:] - x[:-1]
    return (x[0] - 1.0) ** 2 + (indices(x, 2)[: x.numel() - 1] * t * t).sum()


def rastrigin(x):
    return 10.0 * x.numel() + (x * x - 10.0 * torch.cos(TWO_PI * x)).sum()


def ackley(x):
    n = x.numel()
    a, b, c = 20.0, 0.2, TWO_PI
    return (-a * torch.exp(-b * torch.sqrt((x * x).sum() / n)) - torch.exp(torch.cos(c * x).sum() / n) + a
            + math.e)


def beale(x):
    x1, y = x[0], x[1]
    return ((1.5 - x1 + x1 * y) ** 2 + (2.25 - x1 + x1 * y * y) ** 2 + (2.625 - x1 + x1 * y * y * y) ** 2)


def booth(x):
    return (x[0] + 2.0 * x[1] - 7.0) ** 2 + (2.0 * x[0] + x[1] - 5.0) ** 2


def himmelblau(x):
    return (x[0] * x[0] + x[1] - 11.0) ** 2 + (x[0] + x[1] * x[1] - 7.0) ** 2


# name -> (value on a float64 tensor, smallest n, fixed n or None)
PROBLEMS = {
    "rosenbrock": (rosenbrock, 2, None),
    "sphere": (sphere, 1, None),
    "sum_squares": (sum_squares, 1, None),
    "trid": (trid, 2, None),
    "zakharov": (zakharov, 2, None),
    "styblinski_tang": (styblinski_tang, 1, None),
    "dixon_price": (dixon_price, 2, None),
    "rastrigin": (rastrigin, 1, None),
    "ackley": (ackley, 2, None),
    "beale": (beale, 2, 2),
    "booth": (booth, 2, 2),
    "himmelblau": (himmelblau, 2, 2),
}


def send(message):
    sys.stdout.write(json.dumps(message, allow_nan=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def finite(v):
    return v if math.isfinite(v) else None


def gradient(request):
    """(value, gradient, nanoseconds) for one request, or raises ValueError."""
    name, n, x = request.get("problem"), request.get("n"), request.get("x")
    if name not in PROBLEMS:
        raise ValueError("unknown problem %r (this backend implements %s)" % (name, ", ".join(sorted(PROBLEMS))))
    if not isinstance(x, list) or len(x) != n or any(not isinstance(v, (int, float)) for v in x):
        raise ValueError("x must be an array of n = %r numbers" % (n,))
    function, min_n, fixed_n = PROBLEMS[name]
    if (fixed_n is not None and n != fixed_n) or n < min_n:
        raise ValueError("%s takes %s, got n = %d" % (name, "n = %d" % fixed_n if fixed_n else "n >= %d" % min_n, n))
    start = time.perf_counter_ns()
    xt = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    f = function(xt)
    (g,) = torch.autograd.grad(f, xt)
    value, grad = f.item(), g.tolist()
    return value, grad, time.perf_counter_ns() - start


def main():
    for line in iter(sys.stdin.readline, ""):
        try:
            message = json.loads(line)
        except ValueError as e:
            sys.stderr.write("gradlab_torch_backend.py: not JSON: %s\n" % e)
            continue
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "hello":
            if message.get("protocol") != PROTOCOL:
                send({"type": "error", "protocol": PROTOCOL,
                      "message": "this backend speaks protocol %d only" % PROTOCOL})
                continue
            send({"type": "hello", "protocol": PROTOCOL, "backend": NAME, "version": VERSION,
                  "problems": sorted(PROBLEMS)})
        elif kind == "gradient":
            try:
                value, grad, ns = gradient(message)
            except (ValueError, RuntimeError) as e:
                send({"type": "error", "id": message.get("id"), "message": str(e)})
                continue
            send({"type": "result", "id": message["id"], "value": finite(value),
                  "gradient": [finite(v) for v in grad], "nanoseconds": ns})
        elif kind == "bye":
            return
        elif isinstance(message, dict) and message.get("id") is not None:
            send({"type": "error", "id": message["id"], "message": "unknown message type %r" % (kind,)})
        else:
            # A reply without the id of a request would put gradlab out of step.
            sys.stderr.write("gradlab_torch_backend.py: ignoring a message of unknown type %r without an id\n"
                             % (kind,))


if __name__ == "__main__":
    main()
