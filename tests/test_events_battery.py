"""A battery of how news writes events between two actors, written from the wordings wire reports,
analyses and profiles use for the ten most common PLOVER types (ACCUSE, REQUEST, CONSULT, AGREE, REJECT,
THREATEN, ASSAULT, SUPPORT, AID, SANCTION), not from any evaluation text: active, passive, possessive and
bare nouns, relative clauses, titles, parentheticals, phrasal verbs; and sentences that state no such event
(negation, questions, hypotheticals, denials, refusals). Invented parties, militias and people; real states.
Each case: the text and the (source, type, target) it must give (AGREE and CONSULT are read both ways round),
or, for the second list, must not give as an asserted (non-negated) event."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document

pytestmark = pytest.mark.model

MUTUAL = {"AGREE", "CONSULT"}


def events(text: str) -> set[tuple[str | None, str, str | None]]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    out = set()
    for e in ex.events:
        if e.negated:
            continue
        t = (names.get(e.source), e.type, names.get(e.target))
        out.add(t)
        if e.type in MUTUAL:
            out.add((t[2], t[1], t[0]))
    return out


def _case(text, want, xfail=None):
    marks = [pytest.mark.xfail(strict=False, reason=xfail)] if xfail else []
    return pytest.param(text, want, marks=marks)


CASES = [
    _case('Norway accused Kenya of violating the treaty.', [('Norway', 'ACCUSE', 'Kenya')]),
    _case('Kenya was accused by Norway of harbouring fugitives.', [('Norway', 'ACCUSE', 'Kenya')]),
    _case('The Granite Party blamed the Heron Brigade for the bombing.', [('Granite Party', 'ACCUSE', 'Heron Brigade')]),
    _case('Tomas Vendrel sharply criticised the Granite Party over the budget.', [('Tomas Vendrel', 'ACCUSE', 'Granite Party')]),
    _case("Norway condemned Kenya's decision to close the border.", [('Norway', 'ACCUSE', 'Kenya')]),
    # (a demand or charge in the perfect in a relative clause on a named actor is coded since Dec 3: polarity
    # told_when_lasting; "X, which has long backed Y" stays a description)
    _case('Tomas Vendrel, who has repeatedly denounced the Heron Brigade, spoke on Monday.', [('Tomas Vendrel', 'ACCUSE', 'Heron Brigade')]),
    _case("Norway's criticism of Kenya drew an angry response.", [('Norway', 'ACCUSE', 'Kenya')]),
    _case('The Heron Brigade is responsible for the massacre, the Granite Party said.', [('Granite Party', 'ACCUSE', 'Heron Brigade')]),
    _case('Chile opened an investigation into the Heron Brigade.', [('Chile', 'ACCUSE', 'Heron Brigade')]),
    _case('Peru filed a lawsuit against Chile at the International Court of Justice.', [('Peru', 'ACCUSE', 'Chile')]),
    _case('Ilsa Maren lashed out at the Cobalt Front on Tuesday.', [('Ilsa Maren', 'ACCUSE', 'Cobalt Front')]),
    _case('Norway urged Kenya to release the prisoners.', [('Norway', 'REQUEST', 'Kenya')]),
    _case('The Granite Party called on the Heron Brigade to lay down its arms.', [('Granite Party', 'REQUEST', 'Heron Brigade')]),
    _case('Kenya demanded that Norway withdraw its ambassador.', [('Kenya', 'REQUEST', 'Norway')]),
    _case('Tomas Vendrel asked Chile for help with the investigation.', [('Tomas Vendrel', 'REQUEST', 'Chile')]),
    _case('Kenya was urged by Norway to hold fresh elections.', [('Norway', 'REQUEST', 'Kenya')]),
    _case('Peru appealed to Chile to reopen the border.', [('Peru', 'REQUEST', 'Chile')]),
    _case("Norway's demand that Kenya pay compensation was rejected.", [('Norway', 'REQUEST', 'Kenya')]),
    _case('The Cobalt Front pressed the Granite Party to join the talks.', [('Cobalt Front', 'REQUEST', 'Granite Party')]),
    _case('Ilsa Maren called for the Heron Brigade to disarm.', [('Ilsa Maren', 'REQUEST', 'Heron Brigade')]),
    _case('Chile requested that Peru extradite the suspect.', [('Chile', 'REQUEST', 'Peru')]),
    _case('Tomas Vendrel met Ilsa Maren in the capital on Friday.', [('Tomas Vendrel', 'CONSULT', 'Ilsa Maren')]),
    _case('Norway held talks with Kenya on trade.', [('Norway', 'CONSULT', 'Kenya')]),
    _case('Tomas Vendrel visited Kenya last week.', [('Tomas Vendrel', 'CONSULT', 'Kenya')]),
    _case('Ilsa Maren spoke by telephone with Tomas Vendrel.', [('Ilsa Maren', 'CONSULT', 'Tomas Vendrel')]),
    _case("Kenya hosted Norway's foreign minister for two days of talks.", [('Kenya', 'CONSULT', 'Norway')]),
    _case('The Granite Party held a meeting with the Cobalt Front on Sunday.', [('Granite Party', 'CONSULT', 'Cobalt Front')]),
    _case("Tomas Vendrel's meeting with Ilsa Maren lasted three hours.", [('Tomas Vendrel', 'CONSULT', 'Ilsa Maren')]),
    _case('Chile and Peru held talks in Lima.', [('Chile', 'CONSULT', 'Peru')]),
    _case('Ilsa Maren, who travelled to Chile on Monday, will return next week.', [('Ilsa Maren', 'CONSULT', 'Chile')]),
    _case('Norway said it would host talks with Kenya next month.', [('Norway', 'AGREE', 'Kenya')]),
    _case('Norway agreed with Kenya to reopen the consulates.', [('Norway', 'AGREE', 'Kenya')]),
    _case('Chile signed an agreement with Peru on fishing rights.', [('Chile', 'AGREE', 'Peru')]),
    _case('The Granite Party reached a deal with the Cobalt Front to form a government.', [('Granite Party', 'AGREE', 'Cobalt Front')]),
    _case('Norway pledged to Kenya that it would cut tariffs.', [('Norway', 'AGREE', 'Kenya')]),
    _case('Chile and Peru signed a ceasefire agreement.', [('Chile', 'AGREE', 'Peru')]),
    _case("The Heron Brigade accepted the Granite Party's offer of talks.", [('Heron Brigade', 'AGREE', 'Granite Party')]),
    _case('Peru struck a deal with Chile over the disputed border.', [('Peru', 'AGREE', 'Chile')]),
    _case('The Granite Party formed an alliance with the Cobalt Front.', [('Granite Party', 'AGREE', 'Cobalt Front')]),
    _case('Kenya promised Norway that the elections would be free.', [('Kenya', 'AGREE', 'Norway')]),
    _case("Norway's agreement with Kenya covers gas exports.", [('Norway', 'AGREE', 'Kenya')],
          "'agreement', 'deal', 'pact' are not AGREE event nouns on their own (only as objects of light verbs)"),
    _case("Kenya rejected Norway's proposal for a joint inquiry.", [('Kenya', 'REJECT', 'Norway')]),
    _case("The Heron Brigade refused the Granite Party's demand to disarm.", [('Heron Brigade', 'REJECT', 'Granite Party')]),
    _case("Chile turned down Peru's request for extradition.", [('Chile', 'REJECT', 'Peru')]),
    _case("Kenya dismissed Norway's accusations as baseless.", [('Kenya', 'REJECT', 'Norway')]),
    _case("Norway's offer was rebuffed by Kenya.", [('Kenya', 'REJECT', 'Norway')]),
    _case("The Cobalt Front vetoed the Granite Party's candidate.", [('Cobalt Front', 'REJECT', 'Granite Party')]),
    _case('Peru rejected calls from Chile to close the mine.', [('Peru', 'REJECT', 'Chile')]),
    _case('Tomas Vendrel refused to meet Ilsa Maren.', [('Tomas Vendrel', 'REJECT', 'Ilsa Maren')]),
    _case("Kenya's rejection of Norway's plan ended the talks.", [('Kenya', 'REJECT', 'Norway')]),
    _case("Kenya's rejection of Norway's offer drew criticism.", [('Kenya', 'REJECT', 'Norway')]),
    _case('Chile spurned an invitation from Peru.', [('Chile', 'REJECT', 'Peru')]),
    _case('Norway threatened Kenya with sanctions.', [('Norway', 'THREATEN', 'Kenya')]),
    _case("The Heron Brigade threatened to attack the Granite Party's offices.", [('Heron Brigade', 'THREATEN', 'Granite Party')]),
    _case('Chile warned Peru of serious consequences if it moved troops to the border.', [('Chile', 'THREATEN', 'Peru')]),
    _case('The Heron Brigade vowed to retaliate against the Cobalt Front.', [('Heron Brigade', 'THREATEN', 'Cobalt Front')]),
    _case('Kenya issued an ultimatum to Norway.', [('Kenya', 'THREATEN', 'Norway')]),
    _case("Norway's threat to expel Kenya's diplomats alarmed the region.", [('Norway', 'THREATEN', 'Kenya')]),
    _case('Kenya was threatened with sanctions by Norway.', [('Norway', 'THREATEN', 'Kenya')]),
    _case('Chile vowed revenge against Peru.', [('Chile', 'THREATEN', 'Peru')]),
    _case('The Cobalt Front warned the Granite Party that it would quit the coalition.', [('Cobalt Front', 'THREATEN', 'Granite Party')],
          'a warning whose clause is a withdrawal keeps no addressee (the RETREAT-inner path)'),
    _case('Peru threatened to cut diplomatic ties with Chile.', [('Peru', 'THREATEN', 'Chile')]),
    _case('The Heron Brigade attacked Cobalt Front positions near the river.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('Fighters from the Heron Brigade ambushed a Cobalt Front patrol.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('The Cobalt Front was attacked by the Heron Brigade overnight.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('Kenya launched air strikes against the Heron Brigade.', [('Kenya', 'ASSAULT', 'Heron Brigade')]),
    _case("The Heron Brigade's attack on the Cobalt Front killed 12 people.", [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('Heron Brigade gunmen killed Tomas Vendrel outside his home.', [('Heron Brigade', 'ASSAULT', 'Tomas Vendrel')]),
    _case('Tomas Vendrel was assassinated by the Heron Brigade.', [('Heron Brigade', 'ASSAULT', 'Tomas Vendrel')]),
    _case('Kenya shelled Heron Brigade positions on Sunday.', [('Kenya', 'ASSAULT', 'Heron Brigade')]),
    _case('The Heron Brigade kidnapped Ilsa Maren last month.', [('Heron Brigade', 'ASSAULT', 'Ilsa Maren')]),
    _case('A Kenyan drone strike on the Heron Brigade killed four fighters.', [('Kenya', 'ASSAULT', 'Heron Brigade')]),
    _case('The Heron Brigade bombed the Granite Party headquarters.', [('Heron Brigade', 'ASSAULT', 'Granite Party')]),
    _case("Norway endorsed Kenya's bid for a Security Council seat.", [('Norway', 'SUPPORT', 'Kenya')]),
    _case('Tomas Vendrel praised the Granite Party for its courage.', [('Tomas Vendrel', 'SUPPORT', 'Granite Party')]),
    _case('The Cobalt Front backed Ilsa Maren for president.', [('Cobalt Front', 'SUPPORT', 'Ilsa Maren')]),
    _case("Norway welcomed Kenya's decision to free the journalists.", [('Norway', 'SUPPORT', 'Kenya')]),
    _case('Ilsa Maren, endorsed by the Granite Party, won the primary.', [('Granite Party', 'SUPPORT', 'Ilsa Maren')],
          "a reduced participle on an actor's name ('X, endorsed by Y,') is read as a description (the relations layer's), not an event"),
    _case('Chile expressed support for Peru in the dispute.', [('Chile', 'SUPPORT', 'Peru')]),
    _case('Tomas Vendrel threw his support behind Ilsa Maren.', [('Tomas Vendrel', 'SUPPORT', 'Ilsa Maren')]),
    _case("Norway's endorsement of Kenya came as a surprise.", [('Norway', 'SUPPORT', 'Kenya')]),
    _case("The Granite Party hailed the Cobalt Front's decision.", [('Granite Party', 'SUPPORT', 'Cobalt Front')]),
    _case('Chile voiced solidarity with Peru after the earthquake.', [('Chile', 'SUPPORT', 'Peru')]),
    _case('Norway sent humanitarian aid to Kenya.', [('Norway', 'AID', 'Kenya')]),
    _case('Kenya received weapons from Norway.', [('Norway', 'AID', 'Kenya')]),
    _case('Chile provided military training to Peru.', [('Chile', 'AID', 'Peru')]),
    _case('Norway donated $10 million to Kenya for flood relief.', [('Norway', 'AID', 'Kenya')]),
    _case('Norway shipped arms to the Heron Brigade.', [('Norway', 'AID', 'Heron Brigade')]),
    _case("Chile's aid to Peru reached $40 million last year.", [('Chile', 'AID', 'Peru')]),
    _case('Norway delivered food supplies to Kenya.', [('Norway', 'AID', 'Kenya')]),
    _case('The Heron Brigade was armed by Norway.', [('Norway', 'AID', 'Heron Brigade')]),
    _case('Chile gave Peru $5 million in emergency assistance.', [('Chile', 'AID', 'Peru')]),
    _case('Norway supplied the Heron Brigade with rockets.', [('Norway', 'AID', 'Heron Brigade')]),
    _case('The Heron Brigade claimed responsibility for the attack on the Cobalt Front.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('The Heron Brigade took responsibility for the bombing of the Granite Party office.', [('Heron Brigade', 'ASSAULT', 'Granite Party')]),
    _case('Kenya lodged a formal protest with Norway.', [('Kenya', 'ACCUSE', 'Norway')]),
    _case('Norway handed Kenya $20 million.', [('Norway', 'AID', 'Kenya')]),
    _case("Norway gave its blessing to Ilsa Maren's candidacy.", [('Norway', 'SUPPORT', 'Ilsa Maren')]),
    _case("Kenya ignored Norway's demand.", [('Kenya', 'REJECT', 'Norway')]),
    _case("Norway's embargo on Kenya alarmed the region.", [('Norway', 'SANCTION', 'Kenya')]),
    _case('Norway told Kenya to free the journalists.', [('Norway', 'REQUEST', 'Kenya')]),
    _case('Tomas Vendrel told the Heron Brigade to lay down its arms.', [('Tomas Vendrel', 'REQUEST', 'Heron Brigade')]),
    _case('Norway threatened military action against Kenya.', [('Norway', 'THREATEN', 'Kenya')]),
    _case('The Heron Brigade threatened attacks on Kenyan towns.', [('Heron Brigade', 'THREATEN', 'Kenya')]),
    _case('Norway imposed sanctions on Kenya.', [('Norway', 'SANCTION', 'Kenya')]),
    _case("Chile expelled Peru's ambassador.", [('Chile', 'SANCTION', 'Peru')]),
    _case('Kenya severed diplomatic ties with Norway.', [('Kenya', 'SANCTION', 'Norway')]),
    _case("Norway's sanctions against Kenya took effect on Monday.", [('Norway', 'SANCTION', 'Kenya')]),
    _case('Kenya was hit with sanctions by Norway.', [('Norway', 'SANCTION', 'Kenya')]),
    _case('Chile recalled its ambassador from Peru.', [('Chile', 'SANCTION', 'Peru')]),
    _case('Norway suspended aid to Kenya after the coup.', [('Norway', 'SANCTION', 'Kenya')]),
    _case('The Granite Party expelled Tomas Vendrel.', [('Granite Party', 'SANCTION', 'Tomas Vendrel')]),
    _case('Chile banned the Heron Brigade.', [('Chile', 'COERCE', 'Heron Brigade')]),
    _case('Norway froze the assets of the Heron Brigade.', [('Norway', 'SANCTION', 'Heron Brigade')]),
    _case('Ilsa Maren hit out at the Cobalt Front on Tuesday.', [('Ilsa Maren', 'ACCUSE', 'Cobalt Front')]),
    _case('Norway rounded on Kenya over the election.', [('Norway', 'ACCUSE', 'Kenya')]),
    _case('Kenyan officials accused Norway of meddling.', [('Kenya', 'ACCUSE', 'Norway')]),
    _case('Norwegian Foreign Minister Tomas Vendrel accused Kenya of fraud.', [('Tomas Vendrel', 'ACCUSE', 'Kenya')]),
    _case('Norway (which chairs the bloc) urged Kenya to free the detainees.', [('Norway', 'REQUEST', 'Kenya')]),
    _case('Norway pleaded with Kenya to spare the prisoners.', [('Norway', 'REQUEST', 'Kenya')]),
    _case("Kenya's president called on Norway to withdraw its troops.", [('Kenya', 'REQUEST', 'Norway')]),
    _case('Norway demanded an apology from Kenya.', [('Norway', 'REQUEST', 'Kenya')]),
    _case("Norway sought Kenya's help in the search.", [('Norway', 'REQUEST', 'Kenya')]),
    _case('Tomas Vendrel sat down with Ilsa Maren for talks.', [('Tomas Vendrel', 'CONSULT', 'Ilsa Maren')]),
    _case("Norway's prime minister paid a visit to Kenya.", [('Norway', 'CONSULT', 'Kenya')]),
    _case('Kenyan President Ilsa Maren met Norwegian Prime Minister Tomas Vendrel in Oslo.', [('Ilsa Maren', 'CONSULT', 'Tomas Vendrel')]),
    _case('Norway and Kenya inked a trade deal.', [('Norway', 'AGREE', 'Kenya')]),
    _case('Norway and Kenya agreed to resume flights.', [('Norway', 'AGREE', 'Kenya')]),
    _case('Kenya on Tuesday rejected a Norwegian proposal for talks.', [('Kenya', 'REJECT', 'Norway')]),
    _case("Kenya brushed aside Norway's criticism.", [('Kenya', 'REJECT', 'Norway')]),
    _case("Kenya shrugged off Norway's warnings.", [('Kenya', 'REJECT', 'Norway')]),
    _case('Norway warned Kenya that it would impose sanctions.', [('Norway', 'THREATEN', 'Kenya')]),
    _case('The Heron Brigade warned Kenya of further attacks.', [('Heron Brigade', 'THREATEN', 'Kenya')]),
    _case('The Heron Brigade threatened Ilsa Maren with death.', [('Heron Brigade', 'THREATEN', 'Ilsa Maren')]),
    _case('Heron Brigade fighters opened fire on Cobalt Front supporters.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('The Heron Brigade, according to Kenya, stormed a Cobalt Front base.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    _case('Norway came out in support of Kenya.', [('Norway', 'SUPPORT', 'Kenya')]),
    _case('Norway congratulated Ilsa Maren on her election.', [('Norway', 'SUPPORT', 'Ilsa Maren')]),
    _case('Norway shipped weapons to Kenya.', [('Norway', 'AID', 'Kenya')]),
    _case('Norway airlifted food supplies to Kenya.', [('Norway', 'AID', 'Kenya')]),
    _case('A Norwegian-led convoy delivered medicine to Kenya.', [('Norway', 'AID', 'Kenya')],
          "'X-led' on an unnamed subject does not make X the source"),
    _case('Norway slapped sanctions on Kenya.', [('Norway', 'SANCTION', 'Kenya')]),
    _case('Norway broke off relations with Kenya.', [('Norway', 'SANCTION', 'Kenya')]),
    _case('Norway designated the Heron Brigade a terrorist organisation.', [('Norway', 'SANCTION', 'Heron Brigade')]),
]

NOT_EVENTS = [
    ('Norway did not accuse Kenya of anything.', [('Norway', 'ACCUSE', 'Kenya')]),
    ('Kenya denied attacking the Heron Brigade.', [('Kenya', 'ASSAULT', 'Heron Brigade')]),
    ('If Norway imposes sanctions on Kenya, trade will suffer.', [('Norway', 'SANCTION', 'Kenya')]),
    ('Will Norway send aid to Kenya?', [('Norway', 'AID', 'Kenya')]),
    ('Tomas Vendrel never met Ilsa Maren.', [('Tomas Vendrel', 'CONSULT', 'Ilsa Maren')]),
    ('Analysts believe Norway could soon threaten Kenya.', [('Norway', 'THREATEN', 'Kenya')]),
    ('Norway has no plans to send weapons to the Heron Brigade.', [('Norway', 'AID', 'Heron Brigade')]),
    ('Chile refused to condemn Peru.', [('Chile', 'ACCUSE', 'Peru')]),
    ('The Heron Brigade denied that it had kidnapped Ilsa Maren.', [('Heron Brigade', 'ASSAULT', 'Ilsa Maren')]),
    ("Norway declined to endorse Kenya's bid.", [('Norway', 'SUPPORT', 'Kenya')]),
    ("Kenya said it would not reject Norway's proposal.", [('Kenya', 'REJECT', 'Norway')]),
    ('Norway, a former donor to Kenya, stopped short of sending aid.', [('Norway', 'AID', 'Kenya')]),
    ('Tomas Vendrel, a former critic of the Granite Party, now sits in its cabinet.', [('Tomas Vendrel', 'ACCUSE', 'Granite Party')]),
    ('Critics say Norway is quietly arming the Heron Brigade, a claim Norway rejects.', [('Norway', 'AID', 'Heron Brigade')]),
    ('Kenya says Norway armed the Heron Brigade, a charge Norway denies.', [('Norway', 'AID', 'Heron Brigade')]),
    ('The Heron Brigade did not claim responsibility for the attack on the Cobalt Front.', [('Heron Brigade', 'ASSAULT', 'Cobalt Front')]),
    ('Norway told Kenya that the talks had failed.', [('Norway', 'REQUEST', 'Kenya')]),
    ('Kenya rejected claims that it had asked Norway for weapons.', [('Kenya', 'REQUEST', 'Norway')]),
    # a cooperative act in the plain future is a schedule, no pledge (plover.yaml modals.scheduled)
    ('Norway will host talks with Kenya next month.', [('Norway', 'AGREE', 'Kenya')]),
    
]


@pytest.mark.parametrize("text,want", CASES)
def test_news_event_wording(text, want):
    found = events(text)
    for t in want:
        assert t in found, (t, sorted(found, key=str))


@pytest.mark.parametrize("text,unwanted", NOT_EVENTS)
def test_wording_that_states_no_event(text, unwanted):
    found = events(text)
    for t in unwanted:
        assert t not in found, (t, sorted(found, key=str))
