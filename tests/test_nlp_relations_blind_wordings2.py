"""Lasting ties spread over sentences and layouts, written before reading the relations reader (a second blind
battery; the first, tests/test_nlp_relations_blind_wordings.py, has one sentence per item). Each item is a short
invented DOCUMENT where the tie needs more than one sentence or a layout: an end named by a pronoun or a definite
description in the next sentence ("She still chairs it.", "Its commander, X", "the group's patron"), a person
introduced and then given a post, who's-who entries and fact-box lines, cabinet and delegation lists, a profile under
a header line in capitals, "Name (Party)" in lists, backing and hostility stated over two sentences, coalition
members after a colon, an alliance's members after "comprising / made up of / whose members include". And
NEGATIVES: a former post, a denied tie, a tie of another person of the same surname, a tie asked or rumoured.

People, parties, militias and blocs are invented; states are well-known real ones. End to end with the real English
pipeline, each document extracted on its own. Each item lists the (source, type, target) triples that must be
present and those that must be absent; a type may be a tuple of accepted types; allied_with is compared without
order. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, relations_by_document, tie

pytestmark = pytest.mark.model

HP, CRP, GFP, LA = "Harvest Party", "Civic Renewal Party", "Green Future Party", "Liberal Alliance"
NUF, CLP, PUP, SUN = "Northern Unity Front", "Coastal Labour Party", "People's Unity Party", "Sun Party"
BHB, RBM, SLF, IW, EF = "Black Hill Brigade", "Red Banner Militia", "Silver Lance Front", "Iron Wolves", "Eastern Falcons"
WSB, UB = "Western Shield Brigade", "Unity Bloc"
MEMBER = ("member_of", "part_of")
LEAD = "leader_of"

CASES = [
    # --- an end named by a pronoun or a description in the next sentence ---
    ("Ilse Dorn founded the Harvest Party in 2009. She still chairs it.", {("Ilse Dorn", LEAD, HP)}, set()),
    ("The Black Hill Brigade controls the northern valleys. Its commander, Oskar Venn, fought in the last war.",
     {("Oskar Venn", LEAD, BHB)}, set()),
    ("The Red Banner Militia has grown quickly since the spring. Iran is widely seen as the group's patron.",
     {("Iran", "backs", RBM)}, set()),
    ("The Harvest Party won 40 seats in the election. The party's leader, Ilse Dorn, will meet the president on "
     "Monday.", {("Ilse Dorn", LEAD, HP)}, set()),
    ("A new armed group, the Iron Wolves, appeared in the hills last year. Western officials say Russia arms the "
     "militia.", {("Russia", "backs", IW)}, set()),
    ("The Silver Lance Front has seized three towns this year. Turkey supplies it with drones and fuel.",
     {("Turkey", "backs", SLF)}, set()),
    ("Iran denies arming the Red Banner Militia. Intercepted shipments suggest it has funded the group since 2018.",
     {("Iran", "backs", RBM)}, set()),
    ("Turkey regards the Silver Lance Front as a terrorist group. Its army has shelled the group's bases for months.",
     {("Turkey", "opposes", SLF)}, set()),
    ("The Eastern Falcons were formed in 2012. They have fought the Black Hill Brigade ever since.",
     {(EF, "opposes", BHB)}, set()),
    ("The Black Hill Brigade signed a pact with the Red Banner Militia in March. The two groups have fought side by "
     "side since.", {(BHB, "allied_with", RBM)}, set()),
    ("The Sun Party has joined the Unity Bloc. It is the bloc's fourth member.", {(SUN, MEMBER, UB)}, set()),
    ("The Harvest Party has endorsed a new candidate for mayor. Its chairwoman, Ilse Dorn, said the campaign would "
     "start in May.", {("Ilse Dorn", LEAD, HP)}, set()),
    ("Pakistan has long denied any role in the fighting. But officials say the Iron Wolves' main sponsor is "
     "Pakistan.", {("Pakistan", "backs", IW)}, set()),
    # --- a person introduced, then given a post ---
    ("Marek Halloran was elected on Sunday. The 52-year-old now leads the Civic Renewal Party.",
     {("Marek Halloran", LEAD, CRP)}, set()),
    ("Petra Laskova, a former judge, entered politics in 2015. Last year she was elected chairwoman of the Green "
     "Future Party.", {("Petra Laskova", LEAD, GFP)}, set()),
    ("Mira Stenn is a lawyer from the north. In March the Civic Renewal Party named her its leader.",
     {("Mira Stenn", LEAD, CRP)}, set()),
    ("Karl Wendt served in the army for twenty years. He is now a senior member of the Liberal Alliance.",
     {("Karl Wendt", "member_of", LA)}, set()),
    ("Lena Varga met Anton Brey on Monday. Mr Brey leads the Harvest Party.", {("Anton Brey", LEAD, HP)},
     {("Lena Varga", LEAD, HP)}),
    ("Halvard Brenn arrived in the capital on Tuesday. Brenn, who has chaired the Northern Unity Front since 2019, "
     "spoke to students.", {("Halvard Brenn", LEAD, NUF)}, set()),
    ("Lena Varga heads the Civic Renewal Party. Her fiercest critic is Anton Brey, who leads the rival Harvest "
     "Party.", {("Lena Varga", LEAD, CRP), ("Anton Brey", LEAD, HP)}, {("Lena Varga", LEAD, HP)}),
    # --- who's-who entries and fact boxes ---
    ("Who's who\nHalvard Brenn - chairman of the Northern Unity Front since 2019.\nGreta Solberg - spokeswoman for "
     "the Northern Unity Front.\nPiet Aarens - leader of the Coastal Labour Party.",
     {("Halvard Brenn", LEAD, NUF), ("Piet Aarens", LEAD, CLP), ("Greta Solberg", "member_of", NUF)},
     {("Piet Aarens", LEAD, NUF)}),
    ("Key figures\nAnselm Kory: commander of the Western Shield Brigade.\nNadia Rusk: spokeswoman of the Western "
     "Shield Brigade.", {("Anselm Kory", LEAD, WSB), ("Nadia Rusk", "member_of", WSB)}, set()),
    ("FACT BOX: THE WESTERN SHIELD BRIGADE\nFounded: 2015\nLeader: Anselm Kory\nBacked by: Russia\nRivals: the "
     "Eastern Falcons", {("Anselm Kory", LEAD, WSB), ("Russia", "backs", WSB), (WSB, "opposes", EF)}, set()),
    ("OSKAR VENN\nBorn: 1971\nPost: Commander of the Black Hill Brigade\nBefore: army colonel",
     {("Oskar Venn", LEAD, BHB)}, set()),
    ("PROFILE: ANDRAS KELE\nAndras Kele, 61, has spent three decades in politics. He became leader of the People's "
     "Unity Party in 2016 and is known for his fiery speeches.", {("Andras Kele", LEAD, PUP)}, set()),
    ("ANDRAS KELE\nA former teacher, he has led the People's Unity Party since 2016.",
     {("Andras Kele", LEAD, PUP)}, set()),
    # --- cabinet and delegation lists, "Name (Party)" ---
    ("The new cabinet:\nForeign Minister: Lena Varga (Green Future Party)\nFinance Minister: Tomas Reller (Liberal "
     "Alliance)\nDefence Minister: Ivo Sarkan (Green Future Party)",
     {("Lena Varga", "member_of", GFP), ("Tomas Reller", "member_of", LA), ("Ivo Sarkan", "member_of", GFP)},
     {("Tomas Reller", "member_of", GFP)}),
    ("Speakers at the rally included Rosa Timmer (Harvest Party), Karl Wendt (Civic Renewal Party) and Ida Lunde "
     "(Harvest Party).", {("Rosa Timmer", "member_of", HP), ("Karl Wendt", "member_of", CRP),
                          ("Ida Lunde", "member_of", HP)}, {("Karl Wendt", "member_of", HP)}),
    ("Elected to the city council:\n- Rosa Timmer, Harvest Party\n- Karl Wendt, Liberal Alliance",
     {("Rosa Timmer", "member_of", HP), ("Karl Wendt", "member_of", LA)}, set()),
    ("The Harvest Party delegation: Ilse Dorn (head of delegation); Jan Polk; Mira Stenn.",
     {("Ilse Dorn", ("leader_of", "member_of"), HP), ("Jan Polk", "member_of", HP), ("Mira Stenn", "member_of", HP)},
     set()),
    ("Party leaders\nHarvest Party: Ilse Dorn\nSun Party: Tarek Odum\nLiberal Alliance: Karl Wendt",
     {("Ilse Dorn", LEAD, HP), ("Tarek Odum", LEAD, SUN), ("Karl Wendt", LEAD, LA)}, {("Ilse Dorn", LEAD, SUN)}),
    ("Commanders\nBlack Hill Brigade: Oskar Venn\nRed Banner Militia: Anselm Kory",
     {("Oskar Venn", LEAD, BHB), ("Anselm Kory", LEAD, RBM)}, {("Oskar Venn", LEAD, RBM)}),
    # --- coalition and alliance members ---
    ("The Unity Bloc has three members: the Harvest Party, the Civic Renewal Party and the Green Future Party.",
     {(HP, MEMBER, UB), (CRP, MEMBER, UB), (GFP, MEMBER, UB)}, set()),
    ("The Southern Front, comprising the Black Hill Brigade and the Red Banner Militia, launched an offensive in "
     "May.", {(BHB, MEMBER, "Southern Front"), (RBM, MEMBER, "Southern Front")}, set()),
    ("The Union for Change is made up of the Civic Renewal Party, the Green Future Party and two smaller groups.",
     {(CRP, MEMBER, "Union for Change"), (GFP, MEMBER, "Union for Change")}, set()),
    ("Observers point to the Northern Pact, whose members include Norway, Denmark and Iceland.",
     {("Norway", MEMBER, "Northern Pact"), ("Denmark", MEMBER, "Northern Pact")}, set()),
    ("The following parties signed the Unity Bloc charter on Friday:\n- the Harvest Party\n- the Sun Party\n- the "
     "Green Future Party", {(HP, MEMBER, UB), (SUN, MEMBER, UB), (GFP, MEMBER, UB)}, set()),
    # --- NEGATIVES ---
    ("Piet Aarens led the Coastal Labour Party until 2015. He now runs a small bakery.", set(),
     {("Piet Aarens", LEAD, CLP)}),
    ("Greta Solberg, a former chairwoman of the Northern Unity Front, now advises the government.", set(),
     {("Greta Solberg", LEAD, NUF)}),
    ("The Silver Lance Front says it receives no help from Turkey. Ankara denies any link to the group.", set(),
     {("Turkey", "backs", SLF)}),
    ("Ilse Dorn chairs the Harvest Party. Her brother, Martin Dorn, is a member of the Liberal Alliance.",
     {("Ilse Dorn", LEAD, HP), ("Martin Dorn", "member_of", LA)},
     {("Martin Dorn", LEAD, HP), ("Ilse Dorn", "member_of", LA), ("Martin Dorn", "member_of", HP)}),
    ("Does Russia arm the Iron Wolves? Officials in Moscow refuse to say.", set(), {("Russia", "backs", IW)}),
    ("Rumours that Oskar Venn will take over the Black Hill Brigade spread on Monday. The brigade has not confirmed "
     "them.", set(), {("Oskar Venn", LEAD, BHB)}),
    ("Karl Wendt left the Liberal Alliance in 2019. He joined the Civic Renewal Party a year later.",
     {("Karl Wendt", "member_of", CRP)}, {("Karl Wendt", "member_of", LA)}),
    ("Is Iran the Red Banner Militia's real patron? Analysts disagree.", set(), {("Iran", "backs", RBM)}),
    ("Anselm Kory was once the commander of the Western Shield Brigade. Today he sells farm machinery.", set(),
     {("Anselm Kory", LEAD, WSB)}),
    ("The Sun Party quit the Unity Bloc in January. It now sits in opposition.", set(), {(SUN, MEMBER, UB)}),
]

_TEXT = [text for text, _, _ in CASES]
ENDED = ("a post told as ended (\"led Y until 2015\", \"was once the commander of Y\") still gets the tie: the references "
         "list ended ties as optional, and dropping them (\"until YEAR\", \"from YEAR to YEAR\", \"once\" on a past "
         "verb) lost 5 optional matches on 3 development sets for no gain, so it was not kept")
XFAIL: dict[str, str] = {
    _TEXT[12]: "actors layer: a name with a plural possessive (\"the Iron Wolves' main sponsor\") is not found",
    _TEXT[28]: "relations: the persons of \"- Name, Party\" list items are found but no reader ties a list item's "
               "person to the body after the comma",
    _TEXT[36]: "relations: the bodies listed after a colon as signing a body's charter are read as no members "
               "(no reader of a signatories' list)",
    _TEXT[37]: ENDED,
    _TEXT[45]: ENDED,
}


def _found(want, got):
    s, types, o = want
    types = (types,) if isinstance(types, str) else types
    return any(tie(s, t, o) in got for t in types)


def _check(text: str, present: set, absent: set, got: set) -> None:
    missing = {w for w in present if not _found(w, got)}
    wrong = {w for w in absent if _found(w, got)}
    assert not missing and not wrong, (text, sorted(missing, key=str), sorted(wrong, key=str), sorted(got, key=str))


extracted, test_document = battery(CASES, XFAIL, "r", relations_by_document, _check)
