"""A participle of leading set off by a comma right after the last body of a coordination: "A and its ally X,
led by Y", "A and X, headed by Y". The name before the comma is a body (actors: a comma, a participle of leading
and "by" right after a name vote for an organisation, wherever the parser hung the participle), so Y leads X and
neither A nor a person. Negatives: a participle told as over ("once led by"), a denial ("not led by"), a
participle of another verb, the first conjunct.
(2) "the Front's deputy secretary-general, X": a deputy word before a hyphened title the tokenizer split (which the
parser leaves no compound of the title) makes X a member, not the leader (relations._hyphened_title_deputy).
Negatives: the title without a deputy word still leads. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
HOME = "PORT VELA - Dorvania's parliament met on Monday. In Dorvania, "

# (text, ties that must be present, ties that must be absent)
CASES = [
    (HOME + "the Labour Party and its partner Vetra, headed by Oswin Calder, walked out.",
     {("Oswin Calder", L, "Vetra")}, {("Oswin Calder", L, "Labour Party")}),
    (HOME + "the Labour Party and Vetra, chaired by Oswin Calder, walked out.",
     {("Oswin Calder", L, "Vetra")}, {("Oswin Calder", L, "Labour Party")}),
    (HOME + "the Green League and its ally Orvana, led by deputy speaker Teodor Varsk, quit the talks.",
     {("Teodor Varsk", L, "Orvana")}, {("Teodor Varsk", L, "Green League")}),
    (HOME + "the Green League and its old rival Morsk, led by Teodor Varsk, clashed over the budget.",
     {("Teodor Varsk", L, "Morsk")}, {("Teodor Varsk", L, "Green League")}),
    # negatives
    (HOME + "the Labour Party and its partner Vetra, not led by Oswin Calder, walked out.", set(),
     {("Oswin Calder", L, "Vetra"), ("Oswin Calder", L, "Labour Party")}),
    (HOME + "the Labour Party and its partner Vetra, once led by Oswin Calder, walked out.", set(),
     {("Oswin Calder", L, "Vetra"), ("Oswin Calder", L, "Labour Party")}),
    (HOME + "the Labour Party and its partner Vetra, praised by Oswin Calder, walked out.", set(),
     {("Oswin Calder", L, "Vetra"), ("Oswin Calder", L, "Labour Party")}),
    # --- (2) a deputy's hyphened title ---
    (HOME + "the Tarsk Front's deputy secretary-general, Hadi Varo, warned the army.",
     {("Hadi Varo", "member_of", "Tarsk Front")}, {("Hadi Varo", L, "Tarsk Front")}),
    (HOME + "the Sarn Movement's deputy secretary-general, Lida Korvan, said the talks had failed.",
     {("Lida Korvan", "member_of", "Sarn Movement")}, {("Lida Korvan", L, "Sarn Movement")}),
    (HOME + "the Tarsk Front's vice secretary-general, Hadi Varo, warned the army.",
     set(), {("Hadi Varo", L, "Tarsk Front")}),
    (HOME + "the Tarsk Front's secretary-general, Hadi Varo, warned the army.",
     {("Hadi Varo", L, "Tarsk Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p28", relations_by_document, check_ties)
