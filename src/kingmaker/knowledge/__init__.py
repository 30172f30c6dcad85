"""General world knowledge and lexicons, loaded once from data files.

Everything here is general (countries, capitals, demonyms, role words, verb lexicons); users add
their own actors through a dictionary file (``load_dictionary``).

>>> kb = knowledge()
>>> kb.country_of("Tehran"), kb.country_of("Iranian"), kb.country_of("U.S."), kb.country_of("Basra")
('Iran', 'Iran', 'United States', None)
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kingmaker.errors import KnowledgeError
from kingmaker.knowledge.lexicons import SAFE_LOADER, load_data
from kingmaker.knowledge.types import check_relation_refs

DATA = Path(__file__).resolve().parent / "data"

__all__ = ["knowledge", "Knowledge", "load_yaml", "load_dictionary", "norm", "DATA", "PARTY_SUBKINDS"]


PARTY_SUBKINDS = ("party", "movement", "coalition")  # the subkinds of a political body that seeks votes


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes/hyphens/dots and whitespace.

    >>> norm("  Hassan  al-Darwish’s ")
    "hassan al darwish's"
    """
    if text.isascii():  # no accents, no curly quotes: the same result without the Unicode passes
        if text.isalpha():
            return text.lower()  # one plain word
        s = text.replace("`", "'").lower()
    else:
        s = unicodedata.normalize("NFKD", text)
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").lower()
    s = s.replace(".", "")
    s = _NORM_DASHES.sub(" ", s)
    return _NORM_SPACES.sub(" ", s).strip()


@lru_cache(maxsize=65536)
def honorific_key(text: str) -> str:
    """Lower case with single spaces, the dots kept: "H.E." stays apart from the pronoun "he" (kept per string, as
    ``norm``: ``Knowledge.honorific_length`` asks it of every mention's first words, several times over)."""
    return _NORM_SPACES.sub(" ", text.replace("\u2019", "'")).strip().lower()


_NORM_DASHES = re.compile(r"[-_/\u2013\u2014]")
_NORM_SPACES = re.compile(r"\s+")


def load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        raise KnowledgeError.invalid_yaml(str(path), err) from None
    except OSError as err:
        raise KnowledgeError(str(path), f"cannot read: {err.strerror or err}") from None


def _need(data: dict, key: str, typ: type, path: Path) -> Any:
    if key not in data:
        raise KnowledgeError(str(path), f"missing key {key!r}")
    if not isinstance(data[key], typ):
        raise KnowledgeError(str(path), f"{key!r} must be a {typ.__name__}")
    return data[key]


_UNKNOWN = object()  # (``Knowledge.country_of``: a text not yet looked up)


@dataclass
class Knowledge:
    countries: dict[str, str] = field(default_factory=dict)          # norm(surface) -> canonical
    country_names: set[str] = field(default_factory=set)              # canonical names
    demonyms: dict[str, str] = field(default_factory=dict)            # norm(demonym) -> canonical
    places: set[str] = field(default_factory=set)                     # norm(province/region names)
    capitals: set[str] = field(default_factory=set)                   # norm(capital city names)
    # demonyms several states share ("dominican") -> those states; names a state shares with a province
    # or a river ("georgia") -> the state: a text that names the state otherwise settles which it is
    shared_demonyms: dict[str, set[str]] = field(default_factory=dict)
    ambiguous_state_names: dict[str, str] = field(default_factory=dict)
    not_states: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)                   # norm, longest first
    leader_roles: set[str] = field(default_factory=set)
    member_roles: set[str] = field(default_factory=set)
    head_of_state_titles: set[str] = field(default_factory=set)
    person_cues: set[str] = field(default_factory=set)
    org_nouns: dict[str, str] = field(default_factory=dict)
    state_institutions: dict[str, tuple[str, str]] = field(default_factory=dict)
    state_nouns: set[str] = field(default_factory=set)
    not_actors: set[str] = field(default_factory=set)
    day_abbreviations: set[str] = field(default_factory=set)  # "MON 18", "Tue 19": a dated line's day
    generic_unit_modifiers: set[str] = field(default_factory=set)  # "4th Armoured Brigade": no particular unit
    pair_place_preps: set[str] = field(default_factory=set)  # "flights to Egypt and Luxor": where, not who
    alias_words: set[str] = field(default_factory=set)  # 'X, alias "Y"': the other name follows with no verb
    known_as_words: set[str] = field(default_factory=set)  # "(known locally as X)": a bracketed alias opens so
    pact_nouns: set[str] = field(default_factory=set)  # "Tolvia signed a trade deal with Marn": a state's bargain
    own_state_objects: set[str] = field(default_factory=set)  # "Tolvia recalled its ambassador": a state's own
    place_suffixes: set[str] = field(default_factory=set)  # "Vesko North", "Tarn Bay": a place's last word
    place_openers: set[str] = field(default_factory=set)  # "Upper Vesk", "Lower Tarno": a place's first word
    place_of_words: set[str] = field(default_factory=set)  # "west of Kessa and Velo", "the outskirts of ...": places
    regnal_ordinals: set[str] = field(default_factory=set)  # "Hassan the Third": a monarch's number in the name
    mail_tags: set[str] = field(default_factory=set)  # "RE:", "FW:": an e-mail subject's reply/forward tags
    portfolio_titles: set[str] = field(default_factory=set)  # "Minister of Social Affairs": the portfolio is no actor
    territorial_cues: set[str] = field(default_factory=set)  # what only a state owns ("X's airspace")
    person_owned_cues: set[str] = field(default_factory=set)  # "capital": a sovereign cue a person owns too
    office_time_adverbs: set[str] = field(default_factory=set)  # "X's then president": a past holder's marker
    harmed_personnel_nouns: set[str] = field(default_factory=set)  # "killed four Xn soldiers": the state's men
    harmed_personnel_verbs: set[str] = field(default_factory=set)  # as the harm's patient, not its armed force
    harm_nouns: set[str] = field(default_factory=set)  # "the killing of four Xn soldiers": the same harm by its noun
    harmed_count_nouns: set[str] = field(default_factory=set)  # "killed dozens of Xn soldiers": a count of them
    unlisted_state_owns: set[str] = field(default_factory=set)  # "X's army", "its airspace": a bare name's state
    corroborating_state_owns: set[str] = field(default_factory=set)  # "X's trading partner": one proof of two
    travel_notice_nouns: set[str] = field(default_factory=set)  # "a travel warning for X": one proof of two
    delegate_nouns: set[str] = field(default_factory=set)  # "the representative of X" beside another: a state
    country_fields: set[str] = field(default_factory=set)  # "Country: X" opening a line: X a state
    organised_state_owns: set[str] = field(default_factory=set)  # "X's navy" of a name tagged an organisation
    state_relation_nouns: set[str] = field(default_factory=set)  # "at war with X", "the border with X"
    kunya_words: set[str] = field(default_factory=set)  # "Abu", "Umm": a nom de guerre opens with one
    deployed_forces: set[str] = field(default_factory=set)  # "X deployed 500 troops": a place name that does so
    envoy_verbs: set[str] = field(default_factory=set)  # "X expelled Y's ambassador": X a state
    envoy_nouns: set[str] = field(default_factory=set)  # the envoys those verbs take
    media: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    person_subkinds: dict[str, str] = field(default_factory=dict)  # norm(title) -> subkind
    translated_heads: dict[str, str] = field(default_factory=dict)  # "jaysh" -> "army"
    place_prefixes: set[str] = field(default_factory=set)  # "Camp", "Fort": a place's name follows
    region_qualifiers: set[str] = field(default_factory=set)  # "Northern", "Greater": a part of a state follows
    state_epithets: set[str] = field(default_factory=set)  # "Neighbouring", "Landlocked": a state's name follows
    name_breaking_preps: set[str] = field(default_factory=set)  # "at": ends a body's name ("the Front at Kessa")
    front_line_nouns: set[str] = field(default_factory=set)  # "the Harsk front": a front line, not a body
    posted_body_nouns: set[str] = field(default_factory=set)  # "the UN mission in Ostravia": a body sent there
    state_name_endings: list[str] = field(default_factory=list)  # "-ia", "-stan": country-like names
    name_particles: set[str] = field(default_factory=set)  # "y", "de": inside names in other languages
    hyphen_name_particles: set[str] = field(default_factory=set)  # "-e-" in "Jonbesh-e-Millat": inside one name
    usual_legislatures: dict[str, str] = field(default_factory=dict)  # "congress" -> "United States"
    legislature_words: set[str] = field(default_factory=set)  # "parliament", "congress"
    whole_legislature_words: set[str] = field(default_factory=set)  # "parliament": the whole house, no one chamber
    every_state_heads: set[str] = field(default_factory=set)  # "court", "bank": bodies nearly every state has
    every_state_modifiers: set[str] = field(default_factory=set)  # "supreme", "interior": their usual modifiers
    language_nouns: set[str] = field(default_factory=set)  # "French name": a language, not a state
    known_as_groups: set[str] = field(default_factory=set)  # "the fighters known as X": X is an organisation
    war_nouns: set[str] = field(default_factory=set)  # "the war in X": X is a party, not a venue
    breakaway_words: set[str] = field(default_factory=set)  # "the breakaway region of X": X is a de facto state
    breakaway_nouns: set[str] = field(default_factory=set)
    member_plurals: set[str] = field(default_factory=set)  # "Dheran rebels": the Dheran Liberation Army
    offshoot_nouns: set[str] = field(default_factory=set)  # "X, the Y affiliate": X is a body
    loan_member_plurals: set[str] = field(default_factory=set)  # "the Fedayeen of X": a borrowed plural, no person
    currency_nouns: set[str] = field(default_factory=set)  # a currency name, then one of these: no actor
    era_nouns: set[str] = field(default_factory=set)  # "the Second Republic": an era, no body
    organ_nouns: set[str] = field(default_factory=set)  # "the Karst Union Commission": the Karst Union
    body_organ_heads: set[str] = field(default_factory=set)  # "the UN Security Council": an organ of a known body
    descriptive_suffixes: set[str] = field(default_factory=set)  # "Salafist-leaning": a description
    recognition_verbs: set[str] = field(default_factory=set)  # "X recognised Tolvia": X is a state
    treaty_verbs: set[str] = field(default_factory=set)  # "X and France signed": X is a state
    country_appositives: set[str] = field(default_factory=set)  # "X, a small country": X is a state
    regime_nouns: set[str] = field(default_factory=set)  # "X is a parliamentary democracy": X is a state
    state_peer_nouns: set[str] = field(default_factory=set)  # "Karvel's ally X": X is a state
    diplomatic_verbs: set[str] = field(default_factory=set)  # "X cut ties with Tolvia": X is a state
    diplomatic_objects: set[str] = field(default_factory=set)
    addressing_verbs: set[str] = field(default_factory=set)  # "X urged Tolvia": both are states
    hostile_addressing_verbs: set[str] = field(default_factory=set)  # "President X threatened Tolvia": not Tolvia's
    imposing_verbs: set[str] = field(default_factory=set)  # "President X imposed tariffs on Tolvia": not Tolvia's
    succession_nouns: set[str] = field(default_factory=set)  # "Y's successor, President X": the same post
    addressing_nouns: set[str] = field(default_factory=set)  # "sanctions on Tolvia", "talks with Tolvia"
    addressing_preps: set[str] = field(default_factory=set)
    imposed_nouns: set[str] = field(default_factory=set)  # "sanctions on Tolvia"
    addressing_verb_preps: set[str] = field(default_factory=set)  # "appeal to", "call on": "verb prep" pairs
    addressing_body_nouns: set[str] = field(default_factory=set)  # "the X Commission urged Y to": a public body
    unit_nouns: set[str] = field(default_factory=set)  # "division", "wing": a unit of a larger body
    named_unit_nouns: set[str] = field(default_factory=set)  # "force": heads bodies' own names too
    person_bodies: set[str] = field(default_factory=set)  # "the Tolvan government": a person's
    state_executive: set[str] = field(default_factory=set)  # "ministry", "embassy": the state itself
    state_office_nouns: set[str] = field(default_factory=set)  # "the Permanent Mission of X": the state abroad
    possessive_name_words: set[str] = field(default_factory=set)  # "people" of "People's Congress"
    pair_name_words: set[str] = field(default_factory=set)  # "Unity" + "and" + "Labour": one name
    for_name_heads: set[str] = field(default_factory=set)  # "the Together for Velna alliance": one name
    joining_words: set[str] = field(default_factory=set)  # "plus" of "the Front plus the Greens": two names
    page_words: set[str] = field(default_factory=set)  # "login", "weather": web-page furniture
    script_markers: set[str] = field(default_factory=set)  # "SOUNDBITE", "SOT": a broadcast script's cue words
    shouted_common_modifiers: set[str] = field(default_factory=set)  # "REBEL FORCES": no name in a capitals line
    division_words: set[str] = field(default_factory=set)  # "SLIDE 3 - Money trail": a document division's label
    capital_titles: set[str] = field(default_factory=set)  # "Chairman X": a title only with its capital
    meeting_heads: set[str] = field(default_factory=set)  # "the Winter Forum 2024": one sitting, with a year
    portfolio_body_heads: set[str] = field(default_factory=set)  # "the Ministry of A and | B": B is its field
    session_adjectives: set[str] = field(default_factory=set)  # "our Fourth General Session": an ordinal's sitting
    honorifics: set[str] = field(default_factory=set)  # "H.E.", "His Eminence": formal address (dots kept)
    bare_honorifics: set[str] = field(default_factory=set)  # "Majesty", "Rev": address only before a title
    honorific_openers: set[str] = field(default_factory=set)  # "his", "your": make a bare honorific one
    division_abbreviations: set[str] = field(default_factory=set)  # "Ch. IV", "Sec. 2": a division label's short form
    document_number_words: set[str] = field(default_factory=set)  # "BULLETIN No. 4": a numbered document's label
    episode_words: set[str] = field(default_factory=set)  # "the Korvel Crisis": a named episode, no actor
    designation_names: set[str] = field(default_factory=set)  # "Foreign Terrorist Organization": a listing
    function_words: set[str] = field(default_factory=set)  # "UP TO $2 MILLION": "UP" is no acronym
    field_labels: set[str] = field(default_factory=set)  # "Founded:", "Born:": a profile's or fact box's field
    birth_fields: set[str] = field(default_factory=set)  # "Born:", "Died:": the name after the date is a place
    sign_offs: set[str] = field(default_factory=set)  # "Regards," over a letter's signature
    job_words: set[str] = field(default_factory=set)  # "Senior Analyst, X" on a signature's post line
    site_nouns: set[str] = field(default_factory=set)  # "the Tarvo corridor", "Kesh hut": a place's feature
    facility_heads: set[str] = field(default_factory=set)  # "Varno District Hospital": a facility, no actor
    sender_fields: set[str] = field(default_factory=set)  # "From:", "Prepared by:": a memo's sender field
    person_fields: set[str] = field(default_factory=set)  # "Born:", "Age:": a person's profile below
    state_organ_heads: set[str] = field(default_factory=set)  # "the Ostrevi High Court": a state's organ
    person_description_nouns: set[str] = field(default_factory=set)  # "the preacher": a person under a heading
    kin_nouns: set[str] = field(default_factory=set)  # "his wife, X,": plover.yaml kin_nouns (a kinsman is a person)
    section_words: set[str] = field(default_factory=set)  # "Relations", "Background": a section heading's
    instrument_words: set[str] = field(default_factory=set)  # "Executive Order 13224": a text of law
    law_text_heads: set[str] = field(default_factory=set)  # "the Electoral Code": a text of law by its name alone
    outlet_text_heads: set[str] = field(default_factory=set)  # "the Tessel Report": a text, or an outlet that acts
    occasion_heads: set[str] = field(default_factory=set)  # "Unity Day", "the Silver Jubilee": an occasion's name
    local_body_words: set[str] = field(default_factory=set)  # "provincial": "Tarsk's provincial council"
    company_suffixes: set[str] = field(default_factory=set)  # "LLC", "Ltd": a company's legal form ends its name
    ruling_words: set[str] = field(default_factory=set)  # "the ruling X": X is a body
    demonym_suffixes: list[str] = field(default_factory=list)  # Ostravia -> Ostravian
    state_cues: set[str] = field(default_factory=set)  # nouns only a state has: army, president, ministry
    sovereign_cues: set[str] = field(default_factory=set)  # "capital", "general election": never a person's
    party_plurals: set[str] = field(default_factory=set)  # "greens", "christian democrats": a party
    leader_named_heads: set[str] = field(default_factory=set)  # "the Green Union of X": X leads it
    leading_verbs: set[str] = field(default_factory=set)  # "led by X", "headed by X"
    founding_verbs: set[str] = field(default_factory=set)  # "founded X", "X was formed", "X, set up by Y"
    launching_verbs: set[str] = field(default_factory=set)  # "launched the Y Party": a body when known as one
    plural_articles: set[str] = field(default_factory=set)  # "los", "las": "Los Halcones" is a group
    group_member_nouns: set[str] = field(default_factory=set)  # "X fighters": X is a body
    legislature_heads: set[str] = field(default_factory=set)  # "Council of Representatives": a legislature
    generic_name_words: set[str] = field(default_factory=set)  # "national", "democratic": shared by many names
    not_actor_heads: set[str] = field(default_factory=set)  # "Katyusha rockets", "the Vesk minority": no actor
    place_nouns: set[str] = field(default_factory=set)  # "the border town of X": X is a place
    not_person_words: set[str] = field(default_factory=set)  # "Kessa Valley", "Velbor Times": no person's name
    state_body_nouns: set[str] = field(default_factory=set)  # "the Kessmoran Army": the state is named too
    adjective_state_cues: set[str] = field(default_factory=set)  # "the Freedonian parliament": a state's
    joined_nouns: set[str] = field(default_factory=set)  # "the Amal-Tahrir alliance": two actors
    not_place_heads: set[str] = field(default_factory=set)  # "a rift in X": X is a body, not a place
    month_names: set[str] = field(default_factory=set)  # "KESSA, Oct 6 -": a date, no place or actor
    surname_particles: set[str] = field(default_factory=set)  # "von der | Leyen": the surname goes on
    person_name_particles: set[str] = field(default_factory=set)  # "al", "bin": no surname (names.surname)
    father_particles: set[str] = field(default_factory=set)  # "bin", "anak": the father's name follows
    generation_words: set[str] = field(default_factory=set)  # "Senior", "Jr.": father and son of one name
    postnominal_letters: set[str] = field(default_factory=set)  # "Dana Kost MP": letters after a name, no part of it
    street_words: set[str] = field(default_factory=set)  # "Calle Arboleda 27": an address, no actor
    us_pronoun_heads: set[str] = field(default_factory=set)  # "ABOUT US", "CONTACT US": the pronoun, no state
    attendance_posts: set[str] = field(default_factory=set)  # "Ana Sol, Observer (X)": a post in a list of those present
    statute_heads: set[str] = field(default_factory=set)  # "the VDF Law", "the Harbour Levy Bill": no body
    opening_prepositions: set[str] = field(default_factory=set)  # "Unlike Velmoria, Kessa ...": no word of a name
    synonym_org_heads: list[set[str]] = field(default_factory=list)  # {"force", "brigades", ...}: one body's heads
    generic_name_suffixes: set[str] = field(default_factory=set)  # "X" ~ "X Party"
    locative_preps: set[str] = field(default_factory=set)  # "in X", "near X": X shown as a place
    place_preps: set[str] = field(default_factory=set)  # "talks in X", "help from X": X used as a place
    rest_preps: set[str] = field(default_factory=set)  # "a tribunal in Paris": where something happens
    company_owns: set[str] = field(default_factory=set)  # "X's president": a company's too, no state's proof
    front_preps: set[str] = field(default_factory=set)  # "advanced on the Vesk front": a front line
    where_preps: set[str] = field(default_factory=set)  # "voters in Harsk": Harsk only a place
    bloc_nouns: set[str] = field(default_factory=set)  # "a coalition of ... won 70 seats": a bloc described
    seat_winning_verbs: set[str] = field(default_factory=set)
    contest_verbs: set[str] = field(default_factory=set)  # "won", "took": what a party does with seats, no house
    acronym_head_links: set[str] = field(default_factory=set)  # "the Brotherhood for ... (JNBF)": the cut head's end
    acronym_inner_links: set[str] = field(default_factory=set)  # ... and the words up to the bracket
    known_orgs: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm(any name) -> (name, subkind)
    # "Pentagon" -> (state, institution suffix, subkind); suffix "government" means the state itself
    institution_metonyms: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # "Treasury" -> the states with a ministry of that name (the one the text names is meant)
    shared_institution_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    relations: dict[str, Any] = field(default_factory=dict)

    def country_of(self, text: str) -> str | None:
        """The state a country name, capital, metonym or demonym stands for (each text worked out once: the
        rules ask it of the same names thousands of times per document; the tables are final once built).

        >>> kb = knowledge()
        >>> kb.country_of("France"), kb.country_of("the French"), kb.country_of("Zzyzx")
        ('France', 'France', None)
        """
        found = self._country_memo.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            key = norm(text)
            if key.startswith("the "):
                key = key[4:]
            if key.endswith("'s"):  # (norm strips the text: no line break after "'s")
                key = key[:-2]
            if key in self.not_states or key in self.places:
                found = None
            else:
                found = self.countries.get(key) or self.demonyms.get(key)
            if len(self._country_memo) >= 100_000:
                self._country_memo.clear()  # (a long-running process: bounded)
            self._country_memo[text] = found
        return found

    _country_memo: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    _title_set: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)  # every word of a multiword title ("prime")
    role_words: set[str] = field(default_factory=set)  # leader and member roles (for lookups in hot loops)

    def honorific_length(self, words: list[str]) -> int:
        """How many of the leading words are an honorific of formal address ("H.E.", "His Excellency") before
        at least one word more (0 where the honorific is every word: a name must follow it). A bare one-word form
        (roles.yaml bare_honorifics: "Majesty", "Rev") counts only after a possessive (honorific_openers: "Their
        Highness") or before a title or a further honorific ("Excellency President X", "Rev Dr X"): "Majesty
        Kofi" is a given name, "Eminence Capital" a body's.

        >>> knowledge().honorific_length(["His", "Excellency", "Arno", "Velk"])
        2
        >>> knowledge().honorific_length(["He", "said"])
        0
        >>> knowledge().honorific_length(["H.E."]), knowledge().honorific_length(["Eminence", "Capital"])
        (0, 0)
        >>> knowledge().honorific_length(["Excellency", "President", "Velk"])
        1
        """
        if len(words) > 2 and honorific_key(words[0]) in self.honorific_openers \
                and honorific_key(words[1]) in self.bare_honorifics:
            return 2  # "Your Highness X"
        for n in (4, 3, 2, 1):
            key = honorific_key(" ".join(words[:n]))
            if len(words) <= n or key not in self.honorifics:
                continue
            if key in self.bare_honorifics and norm(words[n]) not in self.title_words \
                    and not any(honorific_key(" ".join(words[n:n + k])) in self.honorifics for k in (1, 2)):
                return 0  # "Majesty Kofi", "Holiness Church of Korr": no address
            return n
        return 0

    def strip_titles(self, name: str) -> str:
        """Remove leading titles ("Brig. Gen.", "Prime Minister") from a name.

        >>> knowledge().strip_titles("Prime Minister Omar al Haddad")
        'Omar al Haddad'
        >>> knowledge().strip_titles("Brig. Gen. Ali Hassan")
        'Ali Hassan'
        >>> knowledge().strip_titles("Sister Republics League")
        'Sister Republics League'
        >>> knowledge().strip_titles("Justice and Unity Party")
        'Justice and Unity Party'
        >>> knowledge().strip_titles("General Meeting")
        'General Meeting'
        """
        words = name.split()
        body = norm(words[-1]) in self.org_nouns if words else False
        changed = True
        while changed and len(words) > 1:
            changed = False
            for n in range(min(4, len(words) - 1), 0, -1):
                if norm(" ".join(words[:n])) in self._title_set:
                    if len(words) == n + 1 and norm(words[n]) in self.meeting_heads \
                            and norm(words[n]) not in self.org_nouns:
                        # "the Annual General Meeting", "General Session": a rank's word before a meeting's noun
                        # alone is that name's word, no title (a person's name is no such noun)
                        break
                    if body and (norm(words[n]) in ("and", "&") or all(
                            self.org_nouns.get(norm(w)) in PARTY_SUBKINDS for w in words[n:])):
                        # "Justice and Unity Party", "the Justice Party": a word of the body's name, not a title (not
                        # "the Justice Ministry", a state's organ)
                        break
                    words = words[n:]
                    changed = True
                    break
            else:
                n = 0 if body else self.honorific_length(words)
                if n:
                    # "H.E. Dr. Arno Velk", "President H.E. Tovan Serel": a form of address before the name or
                    # after a title (roles.yaml honorifics), not in a body's name ("Holiness Relief Group")
                    words = words[n:]
                    changed = True
                    continue
                if words[0][:1].isupper() and norm(words[0]) in self.capital_titles and words[1][:1].isupper() \
                        and not body:
                    # "Chairman Keteb" (not "Chairperson of X", nor a body's name, "Sister Republics League"):
                    # roles.yaml capital_titles
                    words = words[1:]
                    changed = True
        return " ".join(words)


def _countryinfo_records() -> list[dict[str, Any]]:
    import countryinfo

    folder = Path(countryinfo.__file__).resolve().parent / "data"
    out = []
    for f in sorted(folder.glob("*.json")):
        try:
            out.append(json.loads(f.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return out


def _own_people(kb: Knowledge, demonym: str, states: set[str]) -> None:
    """Give a demonym several states share to a state whose name does not hold it as a word: "Indian" is
    India's people, not the British Indian Ocean Territory's (a territory named for another state's people or
    for an ocean), "French" France's, not the French Southern Lands'. Unchanged where every name holds it."""
    def holds(state: str) -> bool:
        return f" {demonym} " in f" {norm(state)} "

    if not holds(kb.demonyms[demonym]):
        return
    others = sorted(s for s in states if not holds(s))
    if others:
        kb.demonyms[demonym] = others[0]
        if kb.demonyms.get(demonym + "s") in states:
            kb.demonyms[demonym + "s"] = others[0]


# roles.yaml keys read as plain sets of normalised words (fields of Knowledge of the same name)
_ROLE_WORD_LISTS = (
    "leader_roles", "member_roles", "head_of_state_titles", "person_cues", "state_nouns", "not_actors", "media",
    "regions", "place_prefixes", "region_qualifiers", "front_line_nouns", "name_particles", "legislature_words", "whole_legislature_words",
    "every_state_heads", "every_state_modifiers", "language_nouns", "unit_nouns", "person_bodies",
    "state_executive", "possessive_name_words", "page_words", "pair_name_words", "for_name_heads",
    "sovereign_cues", "party_plurals", "leading_verbs", "founding_verbs", "launching_verbs", "plural_articles", "group_member_nouns",
    "legislature_heads", "generic_name_words", "not_actor_heads", "place_nouns", "not_person_words",
    "state_body_nouns", "adjective_state_cues", "joined_nouns", "not_place_heads", "month_names",
    "surname_particles", "person_name_particles", "father_particles", "generation_words",
    "generic_name_suffixes", "locative_preps", "place_preps", "rest_preps", "company_owns", "front_preps",
    "where_preps", "bloc_nouns", "seat_winning_verbs", "contest_verbs")
_OPTIONAL_ROLE_WORD_LISTS = (
    "hyphen_name_particles", "named_unit_nouns", "acronym_head_links", "acronym_inner_links",
    "day_abbreviations", "regnal_ordinals", "generic_unit_modifiers", "pair_place_preps", "place_suffixes", "place_openers", "own_state_objects", "pact_nouns", "place_of_words", "known_as_words", "alias_words", "mail_tags", "portfolio_titles", "territorial_cues", "person_owned_cues", "office_time_adverbs",
    "posted_body_nouns", "known_as_groups", "war_nouns", "breakaway_words", "breakaway_nouns", "member_plurals", "offshoot_nouns",
    "loan_member_plurals", "currency_nouns", "era_nouns", "state_organ_heads",
    "organ_nouns", "body_organ_heads", "descriptive_suffixes", "recognition_verbs", "treaty_verbs", "country_appositives", "regime_nouns",
    "state_peer_nouns", "diplomatic_verbs", "diplomatic_objects", "addressing_verbs", "addressing_nouns",
    "hostile_addressing_verbs", "imposing_verbs", "succession_nouns", "addressing_preps", "imposed_nouns", "addressing_verb_preps", "addressing_body_nouns", "state_office_nouns",
    "joining_words",
    "section_words", "division_words", "division_abbreviations", "document_number_words", "capital_titles", "episode_words", "designation_names", "function_words", "script_markers",
    "shouted_common_modifiers", "field_labels", "birth_fields", "person_fields", "person_description_nouns",
    "sign_offs", "job_words", "site_nouns", "facility_heads", "sender_fields",
    "instrument_words", "law_text_heads", "outlet_text_heads", "occasion_heads", "meeting_heads", "portfolio_body_heads",
    "session_adjectives", "local_body_words", "company_suffixes", "ruling_words",
    "leader_named_heads", "unlisted_state_owns", "corroborating_state_owns", "travel_notice_nouns", "delegate_nouns", "country_fields", "organised_state_owns", "state_relation_nouns", "deployed_forces", "envoy_verbs",
    "envoy_nouns", "harmed_personnel_nouns", "harmed_personnel_verbs",
    "harm_nouns", "harmed_count_nouns", "kunya_words", "state_epithets", "name_breaking_preps", "postnominal_letters",
    "street_words", "opening_prepositions", "statute_heads", "us_pronoun_heads",
    "attendance_posts")


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    kb = Knowledge()
    cpath = DATA / "countries.yaml"
    cdata = load_data("countries", load_yaml(cpath))
    canonical_map = _need(cdata, "canonical", dict, cpath)
    kb.not_states = {norm(x) for x in _need(cdata, "not_states", list, cpath)}
    for rec in _countryinfo_records():
        name = rec.get("name")
        if not name:
            continue
        canon = canonical_map.get(name, name)
        if "," in canon or "(" in canon:
            # "Korea, Republic of" style names: keep as is but also register the first part
            canon = canonical_map.get(canon, canon)
        kb.country_names.add(canon)
        for s in [name, canon, *(rec.get("altSpellings") or [])]:
            if isinstance(s, str) and len(s) > 2 and not s.isupper():
                kb.countries.setdefault(norm(s), canon)
            elif isinstance(s, str) and s.isupper() and len(s) == 3 and s not in {"USA"}:
                pass  # three-letter ISO codes collide with acronyms of organisations
        cap = rec.get("capital")
        if isinstance(cap, str) and cap:
            kb.countries.setdefault(norm(cap), canon)
            kb.capitals.add(norm(cap))
        dem = rec.get("demonym")
        if isinstance(dem, str) and dem:
            kb.shared_demonyms.setdefault(norm(dem), set()).add(canon)
            kb.demonyms.setdefault(norm(dem), canon)
            kb.demonyms.setdefault(norm(dem) + "s", canon)
        for prov in rec.get("provinces") or []:
            if isinstance(prov, str):
                kb.places.add(norm(prov))
    for canon, forms in (_need(cdata, "aliases", dict, cpath) or {}).items():
        kb.country_names.add(canon)
        kb.countries[norm(canon)] = canon
        for form in forms or []:
            kb.countries[norm(form)] = canon
    for k in list(kb.demonyms):
        if k in kb.not_states:
            del kb.demonyms[k]
    for k, v in (cdata.get("institution_metonyms") or {}).items():
        if not (isinstance(v, list) and len(v) == 3):
            raise KnowledgeError(str(cpath), f"institution_metonyms.{k} must be [state, suffix, subkind]")
        kb.institution_metonyms[norm(k)] = (v[0], v[1], v[2])
    for k, v in (cdata.get("shared_institution_names") or {}).items():
        if not isinstance(v, list):
            raise KnowledgeError(str(cpath), f"shared_institution_names.{k} must be a list of states")
        kb.shared_institution_names[norm(k)] = tuple(v)
    kb.places -= set(kb.countries)
    for k in cdata.get("not_country_names") or []:
        state = kb.countries.pop(norm(k), None)
        if state is not None and norm(k) == norm(state):
            kb.ambiguous_state_names[norm(k)] = state
        kb.places.add(norm(k))
    kb.shared_demonyms = {k: v for k, v in kb.shared_demonyms.items() if len(v) > 1 and k in kb.demonyms}
    for k, states in kb.shared_demonyms.items():
        _own_people(kb, k, states)

    rpath = DATA / "roles.yaml"
    r = load_data("roles", load_yaml(rpath))
    kb.titles = sorted({norm(t) for t in _need(r, "titles", list, rpath)}, key=len, reverse=True)
    kb._title_set = set(kb.titles)
    kb.honorifics = {honorific_key(t) for t in r.get("honorifics") or []}
    kb.bare_honorifics = {honorific_key(t) for t in r.get("bare_honorifics") or []}
    kb.honorific_openers = {honorific_key(t) for t in r.get("honorific_openers") or []}
    kb.title_words = {w for t in kb.titles for w in t.split()}
    # the plain word lists: a set of normalised words each (required ones must be there, optional ones may not)
    for key in _ROLE_WORD_LISTS:
        setattr(kb, key, {norm(x) for x in _need(r, key, list, rpath)})
    for key in _OPTIONAL_ROLE_WORD_LISTS:
        setattr(kb, key, {norm(x) for x in r.get(key, [])})
    kb.role_words = kb.leader_roles | kb.member_roles
    # (one home for each word: a borrowed plural stands in a name's possessive as "Martyrs'" does; a private
    # person's noun, plover.yaml private_persons, describes a person as "the preacher" does)
    kb.possessive_name_words |= kb.loan_member_plurals
    ppath = DATA / "plover.yaml"
    plover = load_data("plover", load_yaml(ppath))
    kb.person_description_nouns |= {norm(x) for x in plover.get("private_persons", [])}
    kb.kin_nouns = {norm(x) for x in plover.get("kin_nouns", [])} - {"family"}  # (a family may be a clan's name)
    kb.org_nouns = {norm(k): v for k, v in _need(r, "org_nouns", dict, rpath).items()}
    for k, v in _need(r, "state_institutions", dict, rpath).items():
        if not (isinstance(v, list) and len(v) == 2):
            raise KnowledgeError(str(rpath), f"state_institutions.{k} must be [suffix, subkind]")
        kb.state_institutions[norm(k)] = (v[0], v[1])
    kb.state_name_endings = [norm(x) for x in _need(r, "state_name_endings", list, rpath)]
    kb.usual_legislatures = {norm(k): v for k, v in _need(r, "usual_legislatures", dict, rpath).items()}
    kb.demonym_suffixes = list(_need(r, "demonym_suffixes", list, rpath))
    kb.state_cues = {norm(x) for x in _need(r, "state_cues", list, rpath)} | set(kb.head_of_state_titles)
    for family, words in _need(r, "synonym_org_heads", dict, rpath).items():
        if not isinstance(words, list):
            raise KnowledgeError(str(rpath), f"synonym_org_heads.{family} must be a list of head nouns")
        kb.synonym_org_heads.append({norm(x) for x in words})
    kb.translated_heads = {norm(k): norm(v) for k, v in _need(r, "translated_heads", dict, rpath).items()}
    for sub, words in _need(r, "person_subkinds", dict, rpath).items():
        for w in words:
            kb.person_subkinds[norm(w)] = sub

    opath = DATA / "organizations.yaml"
    for i, e in enumerate(load_data("organizations", load_yaml(opath) or []), 1):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str):
            raise KnowledgeError(str(opath), f"entry {i}: needs a 'name'")
        for n in [e["name"], *(e.get("aliases") or [])]:
            kb.known_orgs.setdefault(norm(n), (e["name"], e.get("subkind")))

    relpath = DATA / "relations.yaml"
    kb.relations = load_data("relations", load_yaml(relpath))
    if not isinstance(kb.relations, dict):
        raise KnowledgeError(str(relpath), "a relation cue file is a mapping of sections")
    check_relation_refs(relpath)  # every type it names is in the type table (file:line otherwise)
    return kb


def load_dictionary(source: str | Path | list[dict] | None) -> list[dict[str, Any]]:
    """A user actor dictionary: a YAML list of ``{name, kind, subkind?, aliases?}``.

    Errors name the file and the entry. Returns normalised entries.
    """
    if source is None:
        return []
    if isinstance(source, list):
        entries, path = source, "<dictionary>"
    else:
        path = str(source)
        data = load_yaml(Path(source))
        if isinstance(data, dict) and "actors" in data:
            data = data["actors"]
        if data is None:
            return []
        if not isinstance(data, list):
            raise KnowledgeError(path, "a dictionary is a YAML list of actors (name, kind, aliases)")
        entries = data
    out = []
    for i, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
            raise KnowledgeError(path, f"entry {i}: needs a 'name' string")
        kind = e.get("kind", "organization")
        if kind not in ("person", "organization", "country"):
            raise KnowledgeError(path, f"entry {i} ({e['name']}): kind must be person, organization or country")
        aliases = e.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise KnowledgeError(path, f"entry {i} ({e['name']}): aliases must be a list of strings")
        out.append({"name": e["name"].strip(), "kind": kind, "subkind": e.get("subkind"),
                    "aliases": [a.strip() for a in aliases if a.strip()]})
    return out
