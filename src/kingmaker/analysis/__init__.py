"""Analyses over the actor graph: pure functions of a ``networkx.MultiDiGraph``.

Build the graph once with :func:`kingmaker.graph.build_graph`, then call:

* :func:`coalition` / :func:`power_indices` / :func:`power_game` / :func:`minimal_winning_coalitions`: seats,
  quota, Banzhaf and Shapley-Shubik indices, minimal winning and feasible coalitions;
* :func:`influence` / :func:`rank_patrons`: whom an actor controls, who controls it;
* :func:`brokers`: betweenness on the tie and event graph, with the pairs each broker joins;
* :func:`timeline` / :func:`plot_timeline`: cooperation and conflict per period;
* :func:`changes`: ties that appeared or ended, spheres and broker ranks that moved, between
  the graphs as of two dates.

None of them changes the graph; each returns plain dicts and lists (JSON-ready) that carry
the evidence behind every step they report.
"""
from __future__ import annotations

from kingmaker.analysis.brokers import betweenness, brokers, project
from kingmaker.analysis.changes import ChangesError, changes
from kingmaker.analysis.coalition import (
    CoalitionError,
    analyze_coalition,
    banzhaf,
    coalition,
    count_minimal_winning,
    majority_quota,
    minimal_winning_coalitions,
    parse_seats,
    party_ties,
    power_game,
    power_indices,
    seat_table,
    shapley_shubik,
)
from kingmaker.analysis.influence import control_graph, influence, rank_patrons
from kingmaker.analysis.timeline import QUAD_CLASSES, TimelineError, plot_timeline, quad_class, timeline

__all__ = [
    "ChangesError", "CoalitionError", "TimelineError", "QUAD_CLASSES",
    "analyze_coalition", "banzhaf", "betweenness", "brokers", "changes", "coalition", "control_graph",
    "count_minimal_winning", "influence", "majority_quota", "minimal_winning_coalitions",
    "parse_seats", "party_ties", "plot_timeline", "power_game", "power_indices", "project", "quad_class",
    "rank_patrons", "seat_table", "shapley_shubik", "timeline",
]
