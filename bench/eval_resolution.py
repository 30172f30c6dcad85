#!/usr/bin/env python3
"""Actor resolution errors on the development gold: splits (one real actor emitted as several) and
merges (one emitted actor holding several real ones), per document and in total.

    python bench/eval_resolution.py [OUT.json]

Without OUT.json it runs `kingmaker extract ../shared/seeds/*.txt` first. Needs ../shared (the
development gold and its actor registry); prints figures, asserts nothing.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> None:
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"{SHARED} is absent: the development gold lives outside the repository")
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    if len(sys.argv) > 1:
        data = json.loads(Path(sys.argv[1]).read_text())
    else:
        seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
        out = subprocess.run([sys.executable, "-m", "kingmaker", "extract", *seeds, "--format", "json"],
                             capture_output=True, text=True, check=False, cwd=ROOT)
        data = json.loads(out.stdout)
    registry = score.Registry([SHARED / "eval" / "actors.yaml"])
    splits, merges = defaultdict(list), []
    mapped = 0
    for a in data["actors"]:
        gid, distinct = registry.resolve([a["name"], *a.get("aliases", [])])
        if len(distinct) > 1:
            merges.append((a["name"], sorted(distinct)))
        if gid and gid not in registry.ignored:
            mapped += 1
            for doc in a["documents"]:
                splits[(doc, gid)].append(a["name"])
    split_rows = {k: v for k, v in splits.items() if len(v) > 1}
    cross = Counter(gid for (_, gid) in splits)
    print(f"actors emitted: {len(data['actors'])}; mapped to the registry: {mapped}")
    print(f"splits (a real actor emitted as more than one actor in a document): {len(split_rows)}")
    for (doc, gid), names in sorted(split_rows.items()):
        print(f"  {doc}: {gid} <- {names}")
    print(f"merges (one emitted actor holding several real actors): {len(merges)}")
    for name, gids in merges:
        print(f"  {name} -> {gids}")
    multi = sum(1 for a in data["actors"] if len(a["documents"]) > 1)
    print(f"actors linked across documents: {multi}; real actors seen in more than one document: "
          f"{sum(1 for g, n in cross.items() if n > 1)}")


if __name__ == "__main__":
    main()
