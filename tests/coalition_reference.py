"""An independent reference for the coalition arithmetic: every coalition enumerated (small games only)."""
from __future__ import annotations

import math
from fractions import Fraction


def brute_force(weights: list[int], quota: int) -> tuple[list[Fraction], list[Fraction], list[int]]:
    """Normalised Banzhaf, Shapley-Shubik and raw swing counts of the game [quota; weights]."""
    n = len(weights)
    swings = [0] * n
    shapley = [Fraction(0)] * n
    for mask in range(1 << n):
        total = sum(w for i, w in enumerate(weights) if mask >> i & 1)
        size = bin(mask).count("1")
        for i, w in enumerate(weights):
            if not mask >> i & 1 and total < quota <= total + w:
                swings[i] += 1
                shapley[i] += Fraction(math.factorial(size) * math.factorial(n - size - 1), math.factorial(n))
    s = sum(swings)
    return [Fraction(x, s) if s else Fraction(0) for x in swings], shapley, swings
