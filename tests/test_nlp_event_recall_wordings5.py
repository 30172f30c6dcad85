"""PLOVER events between named actors in styles the earlier batteries do not cover (a recall battery written before
reading the event reader, as a held-out test): headline grammar ("X slams Y over Z", "X, Y ink deal", "X hits back
at Y"), an event told as a noun phrase that is the subject or stands in apposition ("X's talks with Y resumed"),
passives whose "by" agent sits far from the verb, acts reported in a "said it had" clause, dated timeline lines and
bullets, speech acts told in a quotation with the speaker after it, phrasal verbs ("cracked down on", "reached out
to", "stepped up pressure on") and light-verb nouns ("imposed a blockade on", "struck a deal with", "lodged a
complaint with"). Negatives give no event: hypotheticals, denials, future plans that are no deployment, generic
statements, an act on a place that is no actor, questions, and metaphors ("the market hit a record").

Fixed after the first run (the rest are strict xfails naming their cause): a passive's "by" agent hung on a noun
further down the verb's own phrases ("imposed on X and its financiers by Y"; not through an act noun, a report or a
clause); "stood by X", "reached out to X", "filed a protest with X", "placed an embargo on X", supplies cut to X
(plover.yaml); objects that make a blow a figure ("struck oil", "hit X's budget": figurative_objects); a state's
adjective countryinfo lacks ("the Philippine president": countries.yaml aliases), never a people's several states
share ("Turkmen").

Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*" any
end, a type written "A|B" either type, a type ending in "~" compared without direction. Real states and invented
parties, militias and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

PERU = "Peru|Peruvian police|Peru police|Peruvian army|Peru military"
MALI = "Mali|Malian army|Mali military"
NIGERIA = "Nigeria|Nigerian army|Nigeria military"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- headline grammar ---
    ("Chile slams Peru over border fence", {("Chile", "ACCUSE", "Peru")}, set()),
    ("Kenya, Uganda ink trade deal", {("Kenya", "AGREE~", "Uganda")}, set()),
    ("Norway hits back at Russia over fishing ban", {("Norway", "ACCUSE", "Russia")}, set()),
    ("Argentina recalls ambassador from Bolivia", {("Argentina", "SANCTION", "Bolivia")}, set()),
    ("Ghana backs Togo bid for council seat", {("Ghana", "SUPPORT", "Togo")}, set()),
    ("Senegal rejects Gambia's extradition request", {("Senegal", "REJECT", "Gambia")}, set()),
    ("Pakistan urges India to resume dialogue", {("Pakistan", "REQUEST", "India")}, set()),
    ("Iran warns Azerbaijan against border drills", {("Iran", "THREATEN", "Azerbaijan")}, set()),
    ("Thailand, Cambodia trade fire along disputed border", {("Thailand", "ASSAULT~", "Cambodia")}, set()),
    ("Brazil sends flood aid to Bolivia", {("Brazil", "AID", "Bolivia")}, set()),
    ("Finland summons Estonian envoy over spy row", {("Finland", "ACCUSE|SANCTION", "Estonia")}, set()),
    ("Tarrow Front rebels ambush Malian convoy near Gao", {("Tarrow Front", "ASSAULT", MALI)}, set()),
    ("Laos and Vietnam agree to reopen border crossing", {("Laos", "AGREE~", "Vietnam")}, set()),
    ("Burkina Faso kicks out French ambassador", {("Burkina Faso", "SANCTION", "France")}, set()),
    # --- an event told as a noun phrase: a subject, an apposition ---
    ("Ethiopia's talks with Eritrea resumed on Monday after a pause of six weeks.",
     {("Ethiopia", "CONSULT~", "Eritrea")}, set()),
    ("Colombia's airstrike on a camp of the Quillon Movement killed nine fighters.",
     {("Colombia", "ASSAULT", "Quillon Movement")}, set()),
    ("Bolivia's expulsion of two Chilean diplomats drew protests in Santiago.",
     {("Bolivia", "SANCTION", "Chile")}, set()),
    ("Kenya's deal with Somalia, signed in March, covers fishing rights.",
     {("Kenya", "AGREE~", "Somalia")}, set()),
    ("A raid by Kenyan police on the offices of the Orchard Party on Monday drew condemnation.",
     {("Kenya|Kenyan police|Kenya police", "COERCE", "Orchard Party")}, set()),
    ("The visit by Jordan's king to Iraq, the first in a decade, ended on Sunday.",
     {("Jordan", "CONSULT", "Iraq")}, set()),
    ("Lebanon's request to Syria for the return of refugees went unanswered.",
     {("Lebanon", "REQUEST", "Syria")}, set()),
    ("Ghana's condemnation of Togo's crackdown was swift.", {("Ghana", "ACCUSE", "Togo")}, set()),
    ("The offensive, launched by Ethiopia against the Fenmoor Free Army in April, has stalled.",
     {("Ethiopia", "ASSAULT", "Fenmoor Free Army")}, set()),
    ("Mali's ban on the Dawnreach Movement came into force at midnight.",
     {("Mali", "SANCTION|COERCE", "Dawnreach Movement")}, set()),
    # --- passives with the "by" agent far from the verb ---
    ("Three members of the Quillon Movement were arrested on Sunday in a dawn raid on a farmhouse near the coast by "
     "Peruvian police.", {(PERU, "COERCE", "Quillon Movement")}, set()),
    ("The convoy of the Gambian delegation was attacked on the highway outside the capital late on Tuesday by "
     "fighters of the Tarrow Front.", {("Tarrow Front", "ASSAULT", "Gambia")}, set()),
    ("Sanctions were imposed last week on the Ashgrove Syndicate and its financiers by the European Union.",
     {("European Union", "SANCTION", "Ashgrove Syndicate")}, set()),
    # the "by" phrase hung on a noun further down the verb's own phrases (a conjunct, a place after a place)
    ("Four activists of the Orchard Party were held on Monday at a house near the port by Kenyan police.",
     {("Kenya|Kenyan police|Kenya police", "COERCE", "Orchard Party")}, set()),
    ("Two members of the Orchard Party were arrested at a camp run by the Tarrow Front.",
     set(), {("Tarrow Front", "COERCE", "*")}),
    ("The Quillon Movement's envoy was freed on Friday after mediation by Qatar.",
     set(), {("Qatar", "RETREAT", "*")}),
    ("Sanctions were imposed on the Granite Lions after a report by the Lantern Rights Trust.",
     set(), {("Lantern Rights Trust", "SANCTION", "*")}),
    ("Guyana's plan for joint patrols was rejected on Thursday, after a long debate, by Venezuela.",
     {("Venezuela", "REJECT", "Guyana")}, set()),
    ("Two leaders of the Wickerfield Party were detained overnight at their homes in the capital by Zambian police.",
     {("Zambia|Zambian police|Zambia police", "COERCE", "Wickerfield Party")}, set()),
    ("The pact was signed at a ceremony held in Accra late on Friday by Ghana and Togo.",
     {("Ghana", "AGREE~", "Togo")}, set()),
    # --- acts reported in a clause ---
    ("Turkey said it had shelled positions of the Kestrel Brigades overnight.",
     {("Turkey", "ASSAULT", "Kestrel Brigades")}, set()),
    ("Ukraine said Russia had struck its power grid again.", {("Russia", "ASSAULT", "Ukraine")}, set()),
    ("The Tarrow Front claimed responsibility for the bombing of a Malian army post.",
     {("Tarrow Front", "ASSAULT", MALI)}, set()),
    ("Peru's interior ministry said it had detained four members of the Quillon Movement.",
     {(PERU, "COERCE", "Quillon Movement")}, set()),
    ("Egypt confirmed that it had hosted envoys of Sudan and Chad in Cairo.",
     {("Egypt", "CONSULT", "Sudan")}, set()),
    ("Israel said its jets had hit a depot of the Ardent Shield militia.",
     {("Israel", "ASSAULT", "Ardent Shield|Ardent Shield militia")}, set()),
    # --- dated timeline lines and bullets ---
    ("12 May - Rwandan troops cross into Burundi", {("Rwanda|Rwandan army|Rwanda military", "ASSAULT|MOBILIZE", "Burundi")}, set()),
    ("3 June: Kenya and Ethiopia sign border pact", {("Kenya", "AGREE~", "Ethiopia")}, set()),
    ("- Mali suspends ties with Algeria", {("Mali", "SANCTION", "Algeria")}, set()),
    ("14 March \u2014 Chad closes its border with Sudan.", {("Chad", "SANCTION|COERCE", "Sudan")}, set()),
    ("July 8 \u2014 Tarrow Front fighters ambush Nigerien soldiers near the border.",
     {("Tarrow Front", "ASSAULT", "Niger|Nigerien army|Niger military")}, set()),
    ("2019: Colombia and the Quillon Movement agree a ceasefire.",
     {("Colombia", "AGREE|RETREAT~", "Quillon Movement")}, set()),
    ("* 4 April: Uganda expels two Kenyan diplomats.", {("Uganda", "SANCTION", "Kenya")}, set()),
    # --- speech acts told in a quotation ---
    ("'We will not negotiate with the Tarrow Front,' Mali's president said.",
     {(MALI, "REJECT", "Tarrow Front")}, set()),
    ("'Chile must withdraw its ships now,' Peru's foreign minister said.", {(PERU, "REQUEST", "Chile")}, set()),
    ("'Venezuela is lying to the world,' Guyana's president told reporters.",
     {("Guyana", "ACCUSE", "Venezuela")}, set()),
    ("'We thank Japan for its steadfast support,' the Philippine president said.",
     {("Philippines", "SUPPORT", "Japan")}, set()),
    ("'Any attack on our ships will be met with force,' Iran warned the United States.",
     {("Iran", "THREATEN", "United States")}, set()),
    ("'We stand with Moldova,' Romania's prime minister said in Chisinau.", {("Romania", "SUPPORT", "Moldova")}, set()),
    ("'Release our fishermen,' Sri Lanka told India on Tuesday.", {("Sri Lanka", "REQUEST", "India")}, set()),
    # a state's adjective that countryinfo lacks (countries.yaml aliases): the speaker or the author is that state
    ("The Philippine president thanked Japan for its support.", {("Philippines", "SUPPORT", "Japan")}, set()),
    ("An Argentine court convicted two officers of the Chilean navy.",
     {("Argentina", "SANCTION", "Chile|Chile military|Chile navy|Chilean navy")}, set()),
    ("Sri Lankan police arrested three members of the Quillon Movement.",
     {("Sri Lanka|Sri Lanka police|Sri Lankan police", "COERCE", "Quillon Movement")}, set()),
    ("Ecuadorian troops were deployed to the border with Peru.", {("Ecuador|Ecuador military", "MOBILIZE", "*")}, set()),
    # negatives: an adjective of a people several states share stays no state
    ("Turkmen parties in Kirkuk protested against the census.", set(), {("Turkmenistan", "PROTEST", "*")}),
    ("Uzbek traders in Osh staged a strike on Monday.", set(), {("Uzbekistan", "PROTEST", "*")}),
    # --- phrasal verbs ---
    ("Egypt cracked down on supporters of the Lanthorn League after the vote.",
     {("Egypt", "COERCE", "Lanthorn League")}, set()),
    ("Argentina reached out to Chile after the quarrel over the glacier.", {("Argentina", "CONSULT", "Chile")}, set()),
    ("The United States stepped up pressure on Venezuela with new oil sanctions.",
     {("United States", "SANCTION", "Venezuela")}, set()),
    ("Sweden stood by Finland throughout the dispute.", {("Sweden", "SUPPORT", "Finland")}, set()),
    ("Ghana lashed out at Nigeria over the expulsion of its traders.", {("Ghana", "ACCUSE", "Nigeria")}, set()),
    ("Japan teamed up with Australia to patrol the strait.", {("Japan", "COOPERATE~", "Australia")}, set()),
    ("The Saltmarsh Brigade fought off an attack by the Nigerian army.",
     {(NIGERIA, "ASSAULT", "Saltmarsh Brigade")}, set()),
    ("The Peruvian army rounded up dozens of supporters of the Quillon Movement.",
     {(PERU, "COERCE", "Quillon Movement")}, set()),
    ("Tanzania turned down Kenya's offer of mediation.", {("Tanzania", "REJECT", "Kenya")}, set()),
    ("Hungary sided with Serbia in the dispute.", {("Hungary", "SUPPORT", "Serbia")}, set()),
    ("The Tarrow Front opened fire on Malian troops near Gao.", {("Tarrow Front", "ASSAULT", MALI)}, set()),
    ("Bolivia backed down in its row with Paraguay over the river.", {("Bolivia", "CONCEDE", "Paraguay")}, set()),
    ("Croatia hit out at Serbia over the arrests.", {("Croatia", "ACCUSE", "Serbia")}, set()),
    ("Qatar stepped in to mediate between Sudan and Chad.", {("Qatar", "CONSULT", "Sudan|Chad")}, set()),
    ("Niger ordered French troops out of the country.", {("Niger", "REQUEST|SANCTION", "France|France military")}, set()),
    ("Morocco called off its boycott of Algeria's goods.", set(), {("Morocco", "SANCTION", "Algeria")}),
    # --- light-verb nouns ---
    ("Azerbaijan imposed a blockade on Armenia.", {("Azerbaijan", "SANCTION|COERCE", "Armenia")}, set()),
    ("Indonesia struck a deal with Malaysia on palm oil.", {("Indonesia", "AGREE~", "Malaysia")}, set()),
    ("Chile lodged a formal complaint with Argentina.", {("Chile", "ACCUSE", "Argentina")}, set()),
    ("Greece issued a stern warning to Turkey over the drilling.", {("Greece", "THREATEN", "Turkey")}, set()),
    ("Norway extended a loan of two billion crowns to Iceland.", {("Norway", "AID", "Iceland")}, set()),
    ("Canada placed an arms embargo on the Ardent Shield militia.", {("Canada", "SANCTION", "Ardent Shield|Ardent Shield militia")}, set()),
    ("Kenya's president paid a state visit to Uganda.", {("Kenya", "CONSULT", "Uganda")}, set()),
    ("Vietnam filed a protest with China over the islands.", {("Vietnam", "ACCUSE", "China")}, set()),
    ("Pakistan mounted a raid on a camp of the Granite Lions.", {("Pakistan", "ASSAULT", "Granite Lions")}, set()),
    ("Sudan declared a truce with the Brackwater Hawks.", {("Sudan", "RETREAT|AGREE", "Brackwater Hawks")}, set()),
    ("Colombia opened talks with the Quillon Movement.", {("Colombia", "CONSULT~", "Quillon Movement")}, set()),
    ("Egypt gave its backing to Sudan's army.", {("Egypt", "SUPPORT", "Sudan|Sudanese army|Sudan military")}, set()),
    ("Ecuador broke off relations with Mexico.", {("Ecuador", "SANCTION", "Mexico")}, set()),
    ("France carried out air strikes against the Tarrow Front.", {("France", "ASSAULT", "Tarrow Front")}, set()),
    ("Uganda made a formal request to Kenya for the return of the fugitives.", {("Uganda", "REQUEST", "Kenya")}, set()),
    ("Bangladesh launched a crackdown on the Loomhands' Front.", {("Bangladesh", "COERCE", "Loomhands' Front")}, set()),
    ("Moldova signed a security pact with Romania.", {("Moldova", "AGREE~", "Romania")}, set()),
    ("India massed troops on its border with Pakistan.", {("India", "MOBILIZE", "Pakistan")}, set()),
    ("Tunisia handed Libya a list of demands.", {("Tunisia", "REQUEST", "Libya")}, set()),
    ("Nigeria sealed off its border with Benin.", {("Nigeria", "SANCTION|COERCE", "Benin")}, set()),
    ("Thousands of supporters of the Wickerfield Party marched against Zambia's government.",
     {("Wickerfield Party", "PROTEST", "Zambia")}, set()),
    ("The Tarsk Dockers' Union called a general strike against the Bolivian government.",
     {("Tarsk Dockers' Union", "PROTEST", "Bolivia")}, set()),
    ("Japan offered its condolences to Nepal after the quake.", {("Japan", "SUPPORT", "Nepal")}, set()),
    ("Serbia put its army on high alert along the border with Kosovo.", {("Serbia|Serbian army|Serbia military", "MOBILIZE", "*")}, set()),
    ("Egypt took part in joint naval exercises with Greece.", {("Egypt", "COOPERATE|MOBILIZE~", "Greece")}, set()),
    ("Algeria cut off gas supplies to Morocco.", {("Algeria", "SANCTION", "Morocco")}, set()),
    # --- negatives: hypotheticals, denials, plans, generic statements, places, metaphors, questions ---
    ("If Chile attacked Peru, the region would be thrown into chaos.", set(), {("Chile", "ASSAULT", "Peru")}),
    ("Kenya denied that it had shelled Somali positions.", set(), {("Kenya", "ASSAULT", "Somalia")}),
    ("Mali plans to hold talks with Algeria next year.", set(), {("Mali", "CONSULT~", "Algeria")}),
    ("Wars between neighbours rarely end quickly.", set(), {("*", "ASSAULT", "*")}),
    ("The market hit a record high on Tuesday.", set(), {("*", "ASSAULT", "*")}),
    ("Chile beat Peru 2-1 in Lima on Sunday.", set(), {("Chile", "ASSAULT", "Peru")}),
    ("Egypt launched a new weather satellite on Monday.", set(), {("Egypt", "ASSAULT", "*")}),
    ("Indonesia struck oil off the coast of Borneo.", set(), {("Indonesia", "ASSAULT", "*"), ("Indonesia", "AGREE", "*")}),
    ("The price of oil hit Russia's budget hard.", set(), {("*", "ASSAULT", "Russia")}),
    ("The storm battered Cuba for two days.", set(), {("*", "ASSAULT", "Cuba")}),
    ("'We may one day negotiate with Peru,' Chile's president said.", set(), {("Chile", "CONSULT~", "Peru")}),
    ("Ghana would never impose a blockade on Togo, its minister said.", set(), {("Ghana", "SANCTION", "Togo")}),
    ("Argentina is considering whether to recall its ambassador from Bolivia.",
     set(), {("Argentina", "SANCTION", "Bolivia")}),
    ("Kenya's talks with Somalia, planned for May, were called off.", set(), {("Kenya", "CONSULT~", "Somalia")}),
    ("Thailand shelled out millions for new jets from Sweden.", set(), {("Thailand", "ASSAULT", "*")}),
    ("Vietnam's team crushed Laos in the final.", set(), {("Vietnam", "ASSAULT", "Laos")}),
    ("Peru's president will visit Chile in October.", set(), {(PERU, "CONSULT", "Chile")}),
    ("Russia did not attack Finland, the ministry said.", set(), {("Russia", "ASSAULT", "Finland")}),
    ("Critics say Hungary could side with Serbia.", set(), {("Hungary", "SUPPORT", "Serbia")}),
    ("Sanctions on Iran have hit its currency.", set(), {("*", "ASSAULT", "Iran")}),
    ("The Nigerien army shelled the hills outside Agadez.", set(), {("*", "ASSAULT", "Niger")}),
    ("Ghana hosted a football final between Senegal and Egypt.",
     set(), {("Ghana", "CONSULT", "Senegal"), ("Senegal", "CONSULT~", "Egypt"), ("*", "ASSAULT~", "*")}),
    ("Turkey's president slammed the door on his way out of the hall.", set(), {("Turkey", "ACCUSE", "*")}),
    ("Analysts expect Japan to team up with Australia on defence.", set(), {("Japan", "COOPERATE~", "Australia")}),
    ("Kenya rejected claims that it had arrested members of the Orchard Party.",
     set(), {("Kenya", "COERCE", "Orchard Party")}),
    ("Nothing suggests that Tanzania sent weapons to the Granite Lions.", set(), {("Tanzania", "AID", "Granite Lions")}),
    ("Greece and Turkey were once close allies.", set(), {("Greece", "AGREE~", "Turkey"), ("Greece", "COOPERATE~", "Turkey")}),
    ("Poland stepped up production of artillery shells.", set(), {("Poland", "ASSAULT", "*"), ("Poland", "SANCTION", "*")}),
    ("The army would crack down on protesters only as a last resort, Egypt's minister said.",
     set(), {("*", "COERCE", "*")}),
    ("'Do you trust Venezuela?' a reporter asked Guyana's president.", set(), {("Guyana", "ACCUSE", "Venezuela")}),
    ("Chile's economy took a hit from Peru's port strike.", set(), {("Peru", "ASSAULT", "Chile")}),
    ("Should Norway cut ties with Russia, its fishermen would suffer.", set(), {("Norway", "SANCTION", "Russia")}),
    ("Hungary's film beat Serbia's at the festival.", set(), {("Hungary", "ASSAULT", "Serbia")}),
    ("Brazil's striker fired a shot at Bolivia's goal.", set(), {("Brazil", "ASSAULT", "Bolivia")}),
    ("The talks, if they happen, would be the first between Laos and Vietnam in years.",
     set(), {("Laos", "CONSULT~", "Vietnam")}),
    ("Uganda hopes to sign a trade deal with Kenya some day.", set(), {("Uganda", "AGREE~", "Kenya")}),
    ("Spain's tourism boom has hit Portugal's resorts.", set(), {("Spain", "ASSAULT", "Portugal")}),
]

# strict: each names why it still fails
XFAIL: dict[str, str] = {
    "Kenya, Uganda ink trade deal":
        "parser: a headline's asyndetic pair of subjects ('A, B ink') is two subjects, the second no conjunct",
    "Thailand, Cambodia trade fire along disputed border":
        "parser: a headline's asyndetic pair of subjects; and 'trade fire' is no entry of an exchange of fire",
    "Norway hits back at Russia over fishing ban":
        "retort: 'hit back at X over Y' (a quarrel preposition) is read as a blow; retort_verbs only without a target",
    "Kenya's deal with Somalia, signed in March, covers fishing rights.":
        "noun event: a pact noun with a possessive owner and a 'with' partner, as a clause subject, gives no event",
    "The visit by Jordan's king to Iraq, the first in a decade, ended on Sunday.":
        "noun event: a visit noun's 'by' agent and 'to' target, as a clause subject, are not read",
    "Mali's ban on the Dawnreach Movement came into force at midnight.":
        "noun event: the possessive owner of a ban noun as a clause subject is not read as its author",
    "Three members of the Quillon Movement were arrested on Sunday in a dawn raid on a farmhouse near the coast by "
    "Peruvian police.":
        "passive agent: the 'by' phrase lies beyond an act noun ('in a raid ... by Y'); the walk stops at act nouns",
    "Hungary sided with Serbia in the dispute.":
        "convention: 'sided with X' is most often a lasting alignment (a tie); read as an event it took spurious "
        "events on two development sets",
    "The pact was signed at a ceremony held in Accra late on Friday by Ghana and Togo.":
        "passive agent: the agent of a participle clause on the place noun ('a ceremony held ... by X') is not "
        "taken as the signing's",
    "12 May - Rwandan troops cross into Burundi":
        "no entry: troops crossing or entering into a state is no trigger",
    "July 8 \u2014 Tarrow Front fighters ambush Nigerien soldiers near the border.":
        "actors layer: after a dated timeline prefix ('July 8 \u2014') a name modifying 'fighters' becomes no "
        "actor (without the date, or with 'the X ambushes', it is one)",
    "'Venezuela is lying to the world,' Guyana's president told reporters.":
        "no entry: a charge made by quoted words with no verb of charging (a quoted 'X is lying')",
    "'Release our fishermen,' Sri Lanka told India on Tuesday.":
        "quotation: a quoted imperative told to a named listener is not read as a request",
    "The United States stepped up pressure on Venezuela with new oil sanctions.":
        "no entry: 'stepped up pressure on X' (pressure as a sanction) and the 'with' phrase's sanctions noun",
    "The Saltmarsh Brigade fought off an attack by the Nigerian army.":
        "noun event: under a verb of defence ('fought off') the attack noun's 'by' agent is the attacker, not the "
        "subject",
    "Bolivia backed down in its row with Paraguay over the river.":
        "target: the other side of a quarrel noun ('its row with Y') is not the target of the concession",
    "Qatar stepped in to mediate between Sudan and Chad.":
        "frame: 'stepped in to mediate between A and B' (an xcomp of 'step in') gives no mediation",
    "Bangladesh launched a crackdown on the Loomhands' Front.":
        "actors layer: an invented name with a plural possessive ('the Loomhands' Front') becomes no actor",
    "Thailand shelled out millions for new jets from Sweden.":
        "particle: 'shelled out' (spending) is read as shelling; no entry blocks a verb by its particle",
    "Turkey's president slammed the door on his way out of the hall.":
        "figurative object: 'slam' is a strong ACCUSE verb; figurative_objects only apply to weak verbs",
    "Hungary's film beat Serbia's at the festival.":
        "contest: 'beat' of a film or team (an elided possessive object) is read as a defeat in arms",
    "Brazil's striker fired a shot at Bolivia's goal.":
        "contest: a shot at a goal (sport) is read as fire at the state that owns the goal",
    "Spain's tourism boom has hit Portugal's resorts.":
        "figurative: an abstract subject ('tourism boom') hitting a state's possessions is read as a blow",
}


extracted, test_wording = battery(CASES, XFAIL, "w5", events_by_document, check_events)
