"""Name keys used to decide that two surface names are one actor (within and across documents).

>>> person_key("Hassan al-Darwish"), person_key("Hassan al Darwish"), surname("Hassan al-Darwish")
('hassan darwish', 'hassan darwish', 'darwish')
>>> skeleton("Qowwat") == skeleton("Quwwat"), skeleton("Husain") == skeleton("Hussein")
(True, True)
>>> acronym_of("Syrian Democratic Forces"), acronym_of("Free Homeland Movement")
('SDF', 'FHM')
>>> org_core("the Tahrir brigades"), org_core("Amal Organization")
('tahrir', 'amal')
"""
from __future__ import annotations

import re

from kingmaker.knowledge import knowledge, norm
from kingmaker.knowledge.lexicons import lexicon_cache

STOP = {"the", "of", "and", "for", "in", "on", "a", "an", "to", "'s", "s"}  # function words, no cue words
# (the name words are roles.yaml person_name_particles, father_particles, generation_words, synonym_org_heads and
# generic_name_suffixes, read through knowledge(); every cache below is a lexicon_cache, emptied when user lexicons
# are set, so a lexicon that adds to them applies)

__all__ = ["shared_surnames", "is_surname_alias", "drop_shared_surname_aliases", "drop_class_short_forms", "drop_names_of_others", "only_post_words", "person_keys_match", "org_name_match", "org_names_conflict", "two_bodies_named", "is_institution", "is_acronym", "is_generic_org_name", "person_key", "surname", "skeleton", "acronym_of", "org_core", "org_head", "clean_name",
           "heads_compatible", "org_probe_keys", "person_probe_key", "person_match_keys"]


@lexicon_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """Surface name without leading article, possessive, quotes, brackets and titles."""
    s = text.strip().strip("\"'“”‘’()[]")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\w) [\"“‘][^\"“”‘’]{1,30}[\"”’] (?=[A-Z])", " ", s)  # 'Ali "the Hawk" Tarvi': the nickname
    s = re.sub(r"(?:'s|’s|'|’)$", "", s).strip()
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    s = knowledge().strip_titles(s)
    words = s.split()
    if len(words) > 2 and words[-1].isupper() and norm(words[-1]) in knowledge().postnominal_letters \
            and all(w[:1].isupper() and not w.isupper() for w in words[:-1]):
        s = " ".join(words[:-1])  # "Dana Kost MP": the letters of a seat or an honour after the name
    return s.strip(" ,.;:-")


@lexicon_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    s = norm(name)
    s = re.sub(r"'s\b", "", s).replace("'", "")
    return tuple(t for t in re.split(r"[\s()]+", s) if t)


@lexicon_cache(maxsize=65536)
def person_key(name: str) -> str:
    """Normalised person name without particles like al-/el- (which are spelled many ways)."""
    toks = [t for t in _tokens(clean_name(name)) if t not in ("al", "el", "ul")]
    return " ".join(toks)


@lexicon_cache(maxsize=65536)
def surname(name: str) -> str:
    toks = [t for t in _tokens(clean_name(name)) if t not in knowledge().person_name_particles]
    return toks[-1] if toks else ""


@lexicon_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton for transliteration variants (Qowwat/Quwwat, Ghazi/Qazi, Husain/Hussein)."""
    w = norm(word).replace(" ", "")
    w = w.replace("gh", "q").replace("kh", "k").replace("ph", "f").replace("ou", "u")
    w = w.replace("q", "k").replace("c", "k").replace("z", "s").replace("dh", "d").replace("th", "t")
    first = w[:1]
    rest = re.sub(r"[aeiouyw'h\s]", "", w[1:])
    if first in "aeiouy":
        first = "a"
    return re.sub(r"(.)\1+", r"\1", first + rest)


@lexicon_cache(maxsize=65536)
def acronym_of(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in STOP and w[0].isalpha()]
    return "".join(w[0].upper() for w in words)


@lexicon_cache(maxsize=65536)
def _anglicised(name: str) -> tuple[str, ...]:
    """'Jaysh al-Mahdi' -> ['mahdi', 'army'] (transliterated head nouns put in English order)."""
    toks = _tokens(name)
    heads = knowledge().translated_heads
    if len(toks) >= 2 and toks[0] in heads:
        rest = toks[1:]
        if rest and rest[0] in ("al", "el", "ul") and len(rest) > 1:
            rest = rest[1:]
        return (*rest, heads[toks[0]])
    return toks


@lexicon_cache(maxsize=65536)
def org_head(name: str) -> str | None:
    toks = _anglicised(name)
    if toks and toks[-1] in knowledge().org_nouns:
        return toks[-1]
    return None


@lexicon_cache(maxsize=65536)
def org_core(name: str) -> str:
    """The distinctive part of an organisation name: without articles, group head nouns and plurals."""
    toks = [t for t in _anglicised(clean_name(name)) if t not in ("the",)]
    if len(toks) > 1 and toks[0] in ("al", "el"):
        toks = toks[1:]  # "al-Sahil Front" ~ "Sahil Front"
    org_nouns = knowledge().org_nouns
    if len(toks) > 1 and toks[-1] in org_nouns and toks[-1] not in ("hezbollah", "hizbollah", "hizballah"):
        toks = toks[:-1]
    if len(toks) == 1 and len(toks[0]) > 4 and toks[0].endswith("s") and not toks[0].endswith("ss"):
        toks = [toks[0][:-1]]  # "Houthis" ~ "Houthi movement"
    return " ".join(toks)


@lexicon_cache(maxsize=65536)
def heads_compatible(a: str | None, b: str | None) -> bool:
    """Two organisation head nouns that may name the same body ("Force" ~ "brigades")."""
    if a is None or b is None or a == b:
        return True
    a, b = a.rstrip("s"), b.rstrip("s")
    if a == b:
        return True
    return any(a in {x.rstrip("s") for x in group} and b in {x.rstrip("s") for x in group}
               for group in knowledge().synonym_org_heads)


def _heads_join(core: str, a: str | None, b: str | None) -> bool:
    """Two head nouns on one core that may name one body: the same noun, or synonyms ("Force" ~
    "brigades") on a distinctive core only. A core of generic words or a state's name or adjective is
    shared by distinct bodies ("National Alliance" / "National Front", "Lebanese Forces" / "Lebanese
    Army", "Islamic Movement" / "Islamic Party")."""
    if a is None or b is None or a.rstrip("s") == b.rstrip("s"):
        return True
    if not heads_compatible(a, b):
        return False
    kb = knowledge()
    toks = core.split()
    return bool(toks) and not any(t in kb.generic_name_words for t in toks) and kb.country_of(core) is None


@lexicon_cache(maxsize=65536)
def org_names_conflict(a: str, b: str) -> bool:
    """Two names of one stem with different kinds of body ("Green Party" / "Green League", "Tarsi
    Movement" / "Tarsi Brigades"): never one actor, whatever other names link them.

    >>> org_names_conflict("Green Party", "Green League"), org_names_conflict("Amal Movement", "Amal party")
    (True, False)

    One name under two different first words ("Ostravia Centre Party" / "Moldova Centre Party", "National Liberal
    Party" / "Democratic Liberal Party") is two bodies too (not a state's name and its adjective: "Ostravian").

    >>> org_names_conflict("Ostravia Centre Party", "Moldova Centre Party")
    True
    >>> org_names_conflict("Ostravian Centre Party", "Ostravia Centre Party"), org_names_conflict("Centre Party", "Ostravia Centre Party")
    (False, False)
    """
    wa, wb = a.split(), b.split()
    if len(wa) >= 3 and len(wb) >= 3 and wa[0][:1].isupper() and wb[0][:1].isupper() \
            and norm(" ".join(wa[1:])) == norm(" ".join(wb[1:])) and org_head(a) is not None:
        fa, fb = norm(wa[0]), norm(wb[0])
        if fa != fb and fa[:4] != fb[:4] and fa not in STOP and fb not in STOP:
            return True
    ha, hb = org_head(a), org_head(b)
    # a state's own forces go by many heads ("US forces", "U.S. Army"): their names only fail to match
    return ha is not None and hb is not None and org_core(a) == org_core(b) \
        and not _heads_join(org_core(a), ha, hb) and knowledge().country_of(org_core(a)) is None


@lexicon_cache(maxsize=65536)
def two_bodies_named(a: str, b: str) -> bool:
    """'the Dawn Movement' and 'the Dawn Party' in one text: one core under two capitalised head nouns
    names two bodies there (a lower-case head is a description: 'the Dawn party').

    >>> two_bodies_named("Dawn Movement", "Dawn Party"), two_bodies_named("Dawn Movement", "Dawn party")
    (True, False)
    """
    wa, wb = a.split(), b.split()
    ha, hb = org_head(a), org_head(b)
    return len(wa) > 1 and len(wb) > 1 and ha is not None and hb is not None and ha.rstrip("s") != hb.rstrip("s") \
        and wa[-1][:1].isupper() and wb[-1][:1].isupper() and org_core(a) == org_core(b)


@lexicon_cache(maxsize=65536)
def is_institution(name: str) -> bool:
    """'US military', 'Iraq parliament': a state's institution named from the state (see actors)."""
    toks = name.split()
    return len(toks) >= 2 and toks[-1] in ("military", "parliament") and \
        knowledge().country_of(" ".join(toks[:-1])) is not None


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


@lexicon_cache(maxsize=65536)
def org_name_match(a: str, b: str) -> bool:
    """Whether two organisation names can name the same body.

    >>> org_name_match("Qowwat brigades", "Quwwat Force"), org_name_match("SDF", "Syrian Democratic Forces")
    (True, True)
    >>> org_name_match("Republican Guards", "Republican Guard Corps"), org_name_match("Amal", "Amal party")
    (True, True)
    >>> org_name_match("Syrian National Alliance", "Syrian National Movement")
    False
    >>> org_name_match("Jaysh al-Tahrir", "Tahrir Army")
    True
    """
    if not a or not b:
        return False
    if norm(a) == norm(b):
        return True
    wa, wb = _tokens(clean_name(a)), _tokens(clean_name(b))
    if len(wa) == len(wb) == 1 and (wa[0] == wb[0] + "s" or wb[0] == wa[0] + "s"):
        return False  # "the Panther" is one man (a member, a nickname), "the Panthers" the group
    ca, cb = org_core(a), org_core(b)
    ha, hb = org_head(a), org_head(b)
    if ca == cb and len(ca) > 2 and _heads_join(ca, ha, hb):
        return True
    pa, pb = a.replace(".", "").replace(" ", ""), b.replace(".", "").replace(" ", "")
    if _ACRONYM.match(pa) and acronym_of(b) == pa.upper() or _ACRONYM.match(pb) and acronym_of(a) == pb.upper():
        return True
    ta, tb = ca.split(), cb.split()
    if len(ta) == 1 and len(tb) == 1 and len(ta[0]) >= 4 and len(ta[0]) == len(tb[0]) \
            and skeleton(ta[0]) == skeleton(tb[0]) and first_vowel(ta[0]) == first_vowel(tb[0]) \
            and _ends_open(ta[0]) == _ends_open(tb[0]) and _heads_join(ca, ha, hb):
        return True
    x, y = _anglicised(a), _anglicised(b)
    if len(x) > len(y):
        x, y = y, x
    # "Lebanese Forces" / "Lebanese Forces party"
    if len(y) == len(x) + 1 and y[:-1] == x and y[-1] in knowledge().generic_name_suffixes:
        return True
    # "Supreme Council of Iraq" / "Islamic Supreme Council of Iraq", when the shared end is distinctive
    # ("Democratic Party" is the end of many parties' names)
    if len(x) >= 2 and y[-len(x):] == x and _distinctive(x):
        return True
    # plural/singular variants ("Revolutionary Guards" / "Revolutionary Guard")
    strip = [t.rstrip("s") for t in x]
    if len(x) == len(y) and len(x) >= 2 and strip == [t.rstrip("s") for t in y]:
        return True
    if len(x) >= 2 and len(y) == len(x) + 1 and strip == [t.rstrip("s") for t in y[:-1]] \
            and y[-1] in ("corps", "force", "forces"):
        return True
    # "Brenn Guards" / "Islamic Brenn Guard Corps": generic words before the longer one
    if len(x) >= 2 and len(y) > len(x) + 1 and y[-1] in ("corps", "force", "forces") \
            and strip == [t.rstrip("s") for t in y[-len(x) - 1:-1]] \
            and all(t in knowledge().generic_name_words for t in y[:-len(x) - 1]):
        return True
    return False


def is_acronym(name: str) -> bool:
    """'PCB', 'U.N.': a name of initials only."""
    return bool(_ACRONYM.match(name.replace(".", "").replace(" ", "")))


@lexicon_cache(maxsize=65536)
def org_probe_keys(name: str) -> frozenset[str]:
    """Index keys of an organisation name: two names that ``org_name_match`` share at least one, so a
    lookup of these keys finds every known name that may match (the candidates are then checked).

    >>> sorted(org_probe_keys("SDF") & org_probe_keys("Syrian Democratic Forces"))
    ['ac:SDF']
    >>> bool(org_probe_keys("Tahrir Army") & org_probe_keys("Jaysh al-Tahrir"))
    True
    """
    out = {"n:" + norm(name)}
    core = org_core(name)
    if len(core) > 2:
        out.add("oc:" + core)
    packed = name.replace(".", "").replace(" ", "")
    if _ACRONYM.match(packed):
        out.add("ac:" + packed.upper())
    if acronym_of(name):
        out.add("ac:" + acronym_of(name))
    toks = core.split()
    if len(toks) == 1 and len(toks[0]) >= 4:
        out.add(f"os:{skeleton(toks[0])}|{len(toks[0])}")
    t = _anglicised(name)
    if t:
        out.add("at:" + " ".join(t))
    if len(t) >= 2 and t[-1] in knowledge().generic_name_suffixes:
        out.add("at:" + " ".join(t[:-1]))
    for i in range(len(t) - 1):  # the distinctive ends of two words or more
        if _distinctive(t[i:]):
            out.add("sf:" + " ".join(t[i:]))
    strip = [w.rstrip("s") for w in t]
    if len(t) >= 2:
        out.add("pl:" + " ".join(strip))
    if len(t) >= 3 and t[-1] in ("corps", "force", "forces"):
        out.add("pl:" + " ".join(strip[:-1]))
        lead = 0
        while lead < len(t) - 3 and t[lead] in knowledge().generic_name_words:
            lead += 1  # "Islamic Brenn Guard Corps" is found from "Brenn Guards" too
            out.add("pl:" + " ".join(strip[lead:-1]))
    return frozenset(out)


@lexicon_cache(maxsize=65536)
def is_generic_org_name(name: str) -> bool:
    """A name many states' bodies share: only group or legislature nouns and generic words.

    >>> is_generic_org_name("the National Assembly"), is_generic_org_name("Crimson Dawn Party")
    (True, False)
    """
    kb = knowledge()
    toks = [t for t in _tokens(clean_name(name)) if t not in STOP]
    return bool(toks) and all(t in kb.org_nouns or t in kb.generic_name_words or t in kb.legislature_words
                              for t in toks)


def _distinctive(toks: tuple[str, ...]) -> bool:
    """At least two words that are not head nouns, particles or generic name words ("national")."""
    kb = knowledge()
    return sum(1 for t in toks if t not in STOP and t not in kb.org_nouns and t not in kb.generic_name_words) >= 2


_VOWEL_CLASS = {"a": "a", "o": "u", "u": "u", "e": "i", "i": "i"}


def first_vowel(word: str) -> str:
    """The class of a word's first vowel (a; o/u; e/i), which transliterations keep (Husain/Hussein,
    Mustafa/Moustafa, Ahmed/Ahmad) and different names sharing a skeleton do not (Hassan/Hussein).

    >>> first_vowel("Hussein") == first_vowel("Husain"), first_vowel("Hassan") == first_vowel("Hussein")
    (True, False)
    >>> first_vowel("Iuldashev") == first_vowel("Yuldashev")
    True
    """
    w = norm(word)
    if len(w) > 1 and w[0] == "i" and w[1] in _VOWEL_CLASS:
        w = w[1:]  # an initial glide: "Iuldashev" / "Yuldashev"
    return next((_VOWEL_CLASS[c] for c in w if c in _VOWEL_CLASS), "")


def _ends_open(word: str) -> bool:
    """Whether a word ends in a vowel sound (a final silent "h" dropped: "Sbeitah" / "Sbeita")."""
    w = norm(word).rstrip("h") or norm(word)
    return w[-1:] in "aeiouy"


def _close(x: str, y: str) -> bool:
    """Two spellings of one name: one consonant skeleton, first vowel and ending (a vowel or a consonant:
    "Shaabi" and "Shabaab" share a skeleton but are two words)."""
    return x == y or (len(x) >= 4 and abs(len(x) - len(y)) <= 1 and skeleton(x) == skeleton(y)
                      and first_vowel(x) == first_vowel(y) and _ends_open(x) == _ends_open(y))


def person_probe_key(key: str) -> str:
    """The index key of a person key (see ``person_key``): two keys that ``person_keys_match`` have
    the same one (their last words are equal or one transliteration skeleton).

    >>> person_probe_key("omar haddad") == person_probe_key("haddad"), person_probe_key("ali husain")
    (True, 'ps:hsn')
    """
    return "ps:" + skeleton(key.split()[-1]) if key.split() else ""


@lexicon_cache(maxsize=65536)
def person_match_keys(key: str) -> frozenset[str]:
    """Blocking keys of ``person_keys_match``: two person keys it accepts (``inner`` or not) always
    share one, so a search may skip those that share none: ``person_probe_key`` (the skeleton of the
    last name, all that matching across documents needs), and for the looser matching within a
    document the inner names of a long name (or the one name of a bare key) and its first two parts.
    Keep the two in step.

    >>> bool(person_match_keys("haddad") & person_match_keys("omar haddad"))
    True
    >>> bool(person_match_keys("omar haddad") & person_match_keys("samir vantor"))
    False
    """
    toks = key.split()
    if not toks:
        return frozenset()
    keys = {person_probe_key(key)}
    for t in toks[1:-1] if len(toks) >= 3 else toks if len(toks) == 1 else ():
        keys.add("pi:" + t)
    if len(toks) >= 2:  # the first two parts of a longer name stand for it ("Idil Warsan" / "Idil Warsan Guure")
        keys.add("pf:" + " ".join(toks[:2]))
    return frozenset(keys)


@lexicon_cache(maxsize=65536)
def person_keys_match(a: str, b: str, inner: bool = False) -> bool:
    """Whether two person keys (see ``person_key``) can name one person.

    >>> person_keys_match("haddad", "omar haddad"), person_keys_match("mustafa haddad", "moustafa haddad")
    (True, True)
    >>> person_keys_match("husain", "ali hussein"), person_keys_match("ali haddad", "omar haddad")
    (True, False)
    >>> person_keys_match("ali haddad", "ali haddad senior", inner=True)
    False
    >>> person_keys_match("hadi karim vessel", "omar hadi karim vessel", inner=True)
    False
    >>> person_keys_match("n velkova", "nina velkova", inner=True), person_keys_match("n velkova", "nina velkova")
    (True, False)
    """
    x, y = a.split(), b.split()
    if not x or not y:
        return False
    kb = knowledge()
    if len(x) > 1 and len(y) > 1 and kb.generation_words.intersection(x) != kb.generation_words.intersection(y):
        return False  # "Ahmed Karsi Senior" is not "Ahmed Karsi" (his son), nor "Ahmed Karsi Jr."
    if len(x) > len(y):
        x, y = y, x
    if len(x) < len(y):
        if len(x) >= 3 and y[-len(x):] == x:
            # "Hadi Karim Vessel" is not "Omar Hadi Karim Vessel": a full name of three parts or more that ends a
            # longer one is his father's (a chain of fathers' names), not a short form of his
            return False
        # a surname (or the end of a longer name) alone: "Haddad" / "Omar al-Haddad"
        if len(x) == 1 and len(y) >= 3 and y[-2] in kb.father_particles:
            # "Harith" is not "Salem bin Harith": the name after "bin" is his father's; within a document
            # the person's own second name may stand alone ("Ugak" for "Jonas Ugak anak Linggi")
            return inner and len(y) >= 4 and x[0] in y[1:-2] and len(x[0]) >= 4
        if inner and len(x) == 2 and len(y) >= 3 and y[:2] == x:
            return True  # within a document, the first two parts of a longer name ("Idil Warsan" for "Idil Warsan Guure")
        # within a document (``inner``), a name of three or more parts may be shortened to an inner part
        # too: the first of two surnames ("Tintaya" for "Rosalba Tintaya Huarachi"), a patronymic ("Warsan" for
        # "Idil Warsan Guure"); across documents that is too weak a clue
        return y[-len(x):] == x or (len(x) == 1 and (_close(x[0], y[-1]) or inner and len(y) >= 3
                                                     and x[0] in y[1:-1] and inner_name_part(x[0])))
    if inner and x[-1] == y[-1] and len(x[-1]) >= 4 and x != y \
            and all(p == q or _initial_of(p, q) or _initial_of(q, p) for p, q in zip(x[:-1], y[:-1])):
        return True  # within a document, a given name cut to its initial: "N. Velkova" for "Nina Velkova"
    return len(x[-1]) >= 4 and all(_close(p, q) for p, q in zip(x, y))


def inner_name_part(word: str) -> bool:
    """Whether ``word``, an inner part of a person's name of three parts or more, may stand alone for that person
    within a document: four letters or more, or three that are no particle ("al", "bin", "van", "del"): the first
    of two surnames is often short ("Paz" for "Tomas Paz Quispe", "Gil" for "Ana Gil Serrano")."""
    kb = knowledge()
    return len(word) >= 4 or len(word) == 3 and word.isalpha() and word not in kb.person_name_particles \
        and word not in kb.surname_particles and word not in kb.father_particles


def _initial_of(p: str, q: str) -> bool:
    """Whether the name part ``p`` is the initial of the longer part ``q`` ("n" of "nina")."""
    return len(p) == 1 and len(q) > 1 and q[0] == p


def only_post_words(tokens) -> bool:
    """Whether every one of ``tokens`` (spaCy tokens, at least one) is a role or title word (roles.yaml leader and
    member roles, titles): a post named in a few words, "Deputy Chair" in "(Deputy Chair, Harvest Party)"."""
    kb = knowledge()
    words = [norm(t.text) for t in tokens]
    return bool(words) and all(w in kb.role_words or w in kb.title_words for w in words)


def shared_surnames(actors: list[tuple[str, str, list[str]]]) -> set[str]:
    """The surnames two or more of these actors ``(name, kind, aliases)`` bear: the last word of a person's full
    name ("Anton Marek", "Pavel Marek"), or of a body's name of proper words only (a person's name the NER took
    for a body's: "his nephew Ivo Marek commands the guard") or one that also carries that word alone ("the Marek
    family" folded into it); never "Forces of Ivo Marek" (a body named after a person). Such a surname alone, or after
    a title ("General Marek", "Mr Marek"), belongs to two people: no alias of either (the registry that reads the
    aliases would give both to one person)."""
    owners: dict[str, set[int]] = {}
    for i, (name, kind, aliases) in enumerate(actors):
        if len(name.split()) < 2:
            continue
        sn = surname(name)
        if sn and (kind == "person" or any(norm(a) == sn for a in aliases)
                   or kind == "organization" and not STOP.intersection(norm(name).split())):
            owners.setdefault(sn, set()).add(i)
    return {sn for sn, ids in owners.items() if len(ids) > 1 and any(actors[i][1] == "person" for i in ids)}


def is_surname_alias(alias: str, surnames: set[str]) -> bool:
    """Whether ``alias`` is one of ``surnames`` alone or after a person's title (roles.yaml person_cues)."""
    words = norm(alias).replace(".", " ").split()
    if not words or words[-1] not in surnames:
        return False
    titles = knowledge().person_cues
    rest = words[:-1]
    return not rest or " ".join(rest) in titles or all(w in titles for w in rest)


def drop_shared_surname_aliases(actors: list) -> None:
    """Drop from each actor's aliases (objects with ``name``, ``kind``, ``aliases``: a document's actors or a run's)
    a surname two people of them bear (``shared_surnames``), alone or after a title: a mention may be read as one of
    them, but the name is no alias of either."""
    shared = shared_surnames([(a.name, a.kind, a.aliases) for a in actors])
    if shared:
        for a in actors:
            a.aliases = [x for x in a.aliases if not is_surname_alias(x, shared)]


def _short_form_of(alias: str, name: str) -> bool:
    """Whether ``alias`` is ``name``'s short form made by dropping its first words ("Front" of "Kessa Liberation
    Front", "Defence Force" of "Orvan Defence Force"), or its head before "of" ("Council" of "Council of Elders").

    >>> _short_form_of("National Guard", "Velnian National Guard"), _short_form_of("Council", "Council of Elders")
    (True, True)
    >>> _short_form_of("Kessa Front", "Kessa Liberation Front")
    False
    """
    w, v = norm(clean_name(alias)).split(), norm(clean_name(name)).split()
    return 0 < len(w) < len(v) and (v[-len(w):] == w or v[:len(w)] == w and v[len(w)] == "of")


def drop_class_short_forms(actors: list) -> None:
    """Drop from each body's aliases (objects with ``name``, ``kind``, ``aliases``: a run's actors) a short form of its
    name (``_short_form_of``) that another body of the run also bears, as its name or an alias or at the end of one:
    "Front" of "Kessa Liberation Front" where the "Marvo Front" is named too, "Defence Force" where the "Orvan Defence
    Force" and the "Kessan Defence Force" are; a short form of class words only (``is_generic_org_name``: "Council" of
    "Council of Elders") or the last words of the name. A mention may be read as the body where its document names
    only it ("the Front said"), but the short form is no name of it across the run (the registry that reads the
    aliases would give the other body's "Front" to it). A legislature's short form stays ("Assembly", "Congress": a
    state's parliament is named by its house), and so does the name after a leader's possessive ("Renewal Party" of
    "Voss's Renewal Party": the body's own name)."""
    kb = knowledge()
    bodies = [a for a in actors if a.kind == "organization"]
    names = {id(a): [a.name, *a.aliases] for a in bodies}

    def classed(alias: str, a) -> bool:
        """Whether ``alias``, a short form of ``a``'s name, names a class of bodies (see above)."""
        if not _short_form_of(alias, a.name) or kb.legislature_words.intersection(norm(alias).split()):
            return False
        head = clean_name(a.name).split()[:-len(alias.split())]
        if head and head[-1].endswith(("'s", "’s")):
            return False  # "Renewal Party" of "Voss's Renewal Party": its own name after its leader's possessive
        w = norm(clean_name(alias)).split()
        return (is_generic_org_name(alias) or norm(clean_name(a.name)).split()[-len(w):] == w) and any(
            b is not a and any(norm(clean_name(n)).split()[-len(w):] == w for n in names[id(b)]) for b in bodies)

    for a in bodies:
        a.aliases = [x for x in a.aliases if not classed(x, a)]


def drop_names_of_others(actors: list) -> None:
    """Drop from each actor's aliases (objects with ``name``, ``kind``, ``aliases``: a run's actors) a name that
    another actor of the run bears as its own ("Kessa" of "Kessa Unity Front" where the state Kessa is an actor too),
    and, for a person, a single word of another person's name that one of its documents names too ("Varo" of "Ilsa
    Marden Varo" where "Varo Tessin" is named: a given name of one, the surname of the other). A mention may be read
    as the one its document meant, but the word is no name of one across the run (the registry that reads the aliases
    would give both to one actor)."""
    own: dict[str, set[int]] = {}
    words: dict[str, set[int]] = {}
    for i, a in enumerate(actors):
        own.setdefault(norm(clean_name(a.name)), set()).add(i)
        if a.kind == "person":
            for w in norm(clean_name(a.name)).split():
                words.setdefault(w, set()).add(i)
    def met(i: int, j: int) -> bool:
        """Whether actors i and j are named in one document (objects without ``documents``: always)."""
        di, dj = getattr(actors[i], "documents", None), getattr(actors[j], "documents", None)
        return di is None or dj is None or bool(set(di) & set(dj))

    for i, a in enumerate(actors):
        keep = []
        for x in a.aliases:
            k = norm(clean_name(x))
            if own.get(k, set()) - {i} or a.kind == "person" and " " not in k and any(
                    met(i, j) for j in words.get(k, set()) - {i}):
                continue
            keep.append(x)
        a.aliases = keep
