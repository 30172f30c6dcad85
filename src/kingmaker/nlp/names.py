"""Name keys used to decide that two surface names are one actor (within and across documents).

>>> person_key("Muqtada al-Sadr"), person_key("Muqtada al Sadr"), surname("Muqtada al-Sadr")
('muqtada sadr', 'muqtada sadr', 'sadr')
>>> skeleton("Qods") == skeleton("Quds"), skeleton("Suleimani") == skeleton("Soleimani")
(True, True)
>>> acronym_of("Islamic Revolutionary Guard Corps"), acronym_of("Popular Mobilisation Forces")
('IRGC', 'PMF')
>>> org_core("the Qods brigades"), org_core("Badr Organization")
('qods', 'badr')
"""
from __future__ import annotations

import re

from kingmaker.knowledge import knowledge, norm

PARTICLES = {"al", "el", "ul", "bin", "ibn", "abu", "abd", "abdul", "bint", "de", "van", "von", "der", "da", "di"}
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul)[ -]", re.I)
STOP = {"the", "of", "and", "for", "in", "on", "a", "an", "to", "'s", "s"}
MILITARY_HEADS = {"force", "forces", "brigade", "brigades", "corps", "army", "guard", "guards", "unit", "units",
                  "battalion", "battalions", "division"}
POLITICAL_HEADS = {"party", "movement", "bloc", "list", "current", "trend", "organization", "organisation"}
SYNONYM_HEADS = [MILITARY_HEADS, POLITICAL_HEADS, {"coalition", "alliance", "front"}]

__all__ = ["is_institution", "person_key", "surname", "skeleton", "acronym_of", "org_core", "org_head", "clean_name",
           "heads_compatible"]


def clean_name(text: str) -> str:
    """Surface name without leading article, possessive, quotes, brackets and titles."""
    s = text.strip().strip("\"'“”‘’()[]")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?:'s|’s|'|’)$", "", s).strip()
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    s = knowledge().strip_titles(s)
    return s.strip(" ,.;:-")


def _tokens(name: str) -> list[str]:
    s = norm(name)
    s = re.sub(r"'s\b", "", s).replace("'", "")
    return [t for t in re.split(r"[\s()]+", s) if t]


def person_key(name: str) -> str:
    """Normalised person name without particles like al-/el- (which are spelled many ways)."""
    toks = [t for t in _tokens(clean_name(name)) if t not in ("al", "el", "ul")]
    return " ".join(toks)


def surname(name: str) -> str:
    toks = [t for t in _tokens(clean_name(name)) if t not in PARTICLES]
    return toks[-1] if toks else ""


def skeleton(word: str) -> str:
    """Consonant skeleton for transliteration variants (Qods/Quds, Ghaani/Qaani, Soleimani/Suleimani)."""
    w = norm(word).replace(" ", "")
    w = w.replace("gh", "q").replace("kh", "k").replace("ph", "f").replace("ou", "u")
    w = w.replace("q", "k").replace("c", "k").replace("z", "s").replace("dh", "d").replace("th", "t")
    first = w[:1]
    rest = re.sub(r"[aeiouyw'h\s]", "", w[1:])
    if first in "aeiouy":
        first = "a"
    return re.sub(r"(.)\1+", r"\1", first + rest)


def acronym_of(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in STOP and w[0].isalpha()]
    return "".join(w[0].upper() for w in words)


def org_head(name: str) -> str | None:
    toks = _tokens(name)
    if toks and toks[-1] in knowledge().org_nouns:
        return toks[-1]
    return None


def org_core(name: str) -> str:
    """The distinctive part of an organisation name: without articles, group head nouns and plurals."""
    toks = [t for t in _tokens(clean_name(name)) if t not in ("the",)]
    org_nouns = knowledge().org_nouns
    if len(toks) > 1 and toks[-1] in org_nouns and toks[-1] not in ("hezbollah", "hizbollah", "hizballah"):
        toks = toks[:-1]
    if len(toks) == 1 and len(toks[0]) > 4 and toks[0].endswith("s") and not toks[0].endswith("ss"):
        toks = [toks[0][:-1]]  # "Houthis" ~ "Houthi movement"
    return " ".join(toks)


def heads_compatible(a: str | None, b: str | None) -> bool:
    """Two organisation head nouns that may name the same body ("Force" ~ "brigades")."""
    if a is None or b is None or a == b:
        return True
    a, b = a.rstrip("s"), b.rstrip("s")
    if a == b:
        return True
    return any(a in {x.rstrip("s") for x in group} and b in {x.rstrip("s") for x in group}
               for group in SYNONYM_HEADS)


def is_institution(name: str) -> bool:
    """'US military', 'Iraq parliament': a state's institution named from the state (see actors)."""
    toks = name.split()
    return len(toks) >= 2 and toks[-1] in ("military", "parliament") and \
        knowledge().country_of(" ".join(toks[:-1])) is not None
