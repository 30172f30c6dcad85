"""Benchmark the coalition arithmetic (opt-in; not part of the test suite).

    python bench/bench_coalition.py            # the default cases, well under 30 s
    python bench/bench_coalition.py --seed 3

Each case prints the method chosen (exact, exact in floating point, exact Banzhaf with
sampled Shapley-Shubik, or sampled), the seconds taken and the peak resident memory so far.
Weights are random (seeded) and have no common divisor, so the divisor reduction does not help.
"""
from __future__ import annotations

import argparse
import random
import resource
import time

from kingmaker.analysis.coalition import coalition, power_game


def _game(rng: random.Random, parties: int, seats: int) -> dict[str, int]:
    while True:
        weights = [rng.randint(1, max(1, 2 * seats // parties - 1)) for _ in range(parties)]
        weights[0] += 1 if weights[0] % 2 == 0 else 0  # odd and even weights: gcd 1
        weights[1] += 1 if weights[1] % 2 == 1 else 0
        if sum(weights) > 0:
            return {f"p{i}": w for i, w in enumerate(weights)}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(name: str, fn) -> None:
    start = time.perf_counter()
    result = fn()
    took = time.perf_counter() - start
    method = result.get("method", "")
    samples = result.get("samples")
    extra = f", {samples} samples" if samples else ""
    print(f"{name:<46} {took:7.3f} s   {method}{extra}   peak RSS {_peak_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    small = _game(rng, 200, 2_000)
    mid = _game(rng, 200, 100_000)
    print(f"{'case':<46} {'time':>9}   method")
    run(f"200 parties, {sum(small.values()):,} seats", lambda: power_game(small, sum(small.values()) // 2 + 1))
    run(f"200 parties, {sum(mid.values()):,} seats", lambda: power_game(mid, sum(mid.values()) // 2 + 1))
    huge = {f"p{i}": rng.randint(10**11, 10**12) for i in range(200)}
    run("200 parties, ~10^14 seats", lambda: power_game(huge, sum(huge.values()) // 2 + 1))
    run("--seats A=10^12,B=1", lambda: power_game({"A": 10**12, "B": 1}, 10**12 // 2 + 1))
    run("--size 10^12 (A=40,B=35), --others bloc",
        lambda: coalition(None, seats={"A": 40, "B": 35}, size=10**12, others="bloc"))
    run("4 blocs + 18 independents (full analysis)",
        lambda: coalition(None, seats={"A": 91, "B": 89, "C": 70, "D": 57}, size=325))
    run("3 blocs + 4,900 independents (full analysis)",
        lambda: coalition(None, seats={"A": 2000, "B": 1500, "C": 600}, size=9000))


if __name__ == "__main__":
    main()
