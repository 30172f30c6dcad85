"""Time the store's list queries (opt-in; not part of the test suite).

    python bench/bench_lists.py /tmp/lists.db 3000        # builds the store once, then times a page of each list

Each document names two parties and a leader (two ties, an event, a fact); the lists are asked
for their first page of 100 rows, as `kingmaker relations` etc. print them.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))
from test_store_helpers import doc
from kingmaker.store import open_store
path = sys.argv[1]
if not os.path.exists(path):
    s = open_store(path)
    for i in range(int(sys.argv[2])):
        a, b, c = f"Party {i}", f"Party {i+1}", f"Leader {i % 500}"
        s.add(doc(f"p{i:05d}", f"{a} allied with {b}. {c} leads {a}.", [(a, "organization"), (b, "organization"), (c, "person")],
                  relations=[("L1", "allied_with", "L2"), ("L3", "leader_of", "L1")], events=[("L3", "CONSULT", "L2", "2021-05-01")],
                  facts=[("L1", "seats", i)], date="2021-05-02"), resolve=False)
    s.resolve(); s.close()
s = open_store(path, readonly=True)
kw = {"limit": 100}
for name, fn in [("relations", lambda: s.relations(**kw)[:100]), ("relations --type leader_of", lambda: s.relations(type="leader_of", **kw)[:100]),
                 ("events --since 2021-05", lambda: s.events(since="2021-05", **kw)[:100]), ("facts", lambda: s.facts(**kw)[:100]),
                 ("actors", lambda: s.actors(**kw)[:100]), ("documents", lambda: s.documents(**kw)[:100]),
                 ("relations --actor 'Leader 7'", lambda: s.relations(actor="Leader 7", **kw)[:100])]:
    t = time.perf_counter(); fn(); print(f"{name:<32} {time.perf_counter() - t:7.3f} s")
