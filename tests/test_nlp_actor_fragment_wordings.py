"""Common words and fragments that layout and capitals make look like names, in document styles of our own
(invented names, end to end with the real English pipeline): form and checklist field labels, agendas, museum and
catalogue labels, tables of contents, room and file numbers, acronyms of documents and units of measure, headings in
Title Case, slogans, products and operations, annexes and items, a CV, an FAQ, terms of reference, bylines and photo
credits. Each case names the real actors it holds (which must stay, with their kind) and the false ones (NONE: no
actor may carry that name or alias).

Each case: text, {name: kind, or NONE}, number of person actors (None: not checked)."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds_and_persons

pytestmark = pytest.mark.model

P, O = "person", "organization"

CASES = [
    # --- form fields with capitalised labels ---
    ("Name: Ilvan Mereth\nOrganisation: Tessaly Growers Union\nPosition: Secretary\nSignature: signed\n"
     "Date: 4 March\nThe Tessaly Growers Union said it would join the strike.",
     {"Ilvan Mereth": P, "Tessaly Growers Union": O, "Name": NONE, "Organisation": NONE, "Position": NONE,
      "Signature": NONE, "Date": NONE}, 1),
    ("APPLICANT DETAILS\nSurname: Dorrow\nGiven Names: Petra Anne\nNationality: Corvanian\n"
     "Petra Dorrow is a member of the Corvan Rural Party.",
     {"Corvan Rural Party": O, "Surname": NONE, "Given Names": NONE, "Nationality": NONE}, None),
    ("Complainant: Hadri Velk\nRespondent: Orvane Mining Company\nStatus: Pending\nPriority: High\n"
     "Mr Velk says the Orvane Mining Company seized his land.",
     {"Hadri Velk": P, "Orvane Mining Company": O, "Complainant": NONE, "Respondent": NONE, "Status": NONE,
      "Priority": NONE}, 1),
    ("Reporting Officer: Captain Selma Rook\nLocation: Checkpoint 7\nCasualties: None\n"
     "Captain Rook said fighters of the Ashen Ridge Brigade fired on the checkpoint.",
     {"Selma Rook": P, "Ashen Ridge Brigade": O, "Reporting Officer": NONE, "Location": NONE,
      "Casualties": NONE, "Checkpoint": NONE}, 1),
    ("Party Affiliation: Green Meadow Party\nConstituency: North Varla\nOccupation: Teacher\n"
     "Lena Ostrik won the seat for the Green Meadow Party.",
     {"Lena Ostrik": P, "Green Meadow Party": O, "Party Affiliation": NONE, "Constituency": NONE,
      "Occupation": NONE}, 1),
    # --- checklists ---
    ("Checklist for polling staff:\n- Ballot Box sealed\n- Voter Register checked\n- Indelible Ink ready\n"
     "Observers from the Tessaly Election Watch reported no incidents.",
     {"Tessaly Election Watch": O, "Ballot Box": NONE, "Ballot": NONE, "Voter Register": NONE,
      "Indelible Ink": NONE}, 0),
    ("Documents required:\n[x] Passport Copy\n[ ] Proof of Address\n[ ] Police Clearance\n"
     "Applications go to the Morrel Valley Relief Committee.",
     {"Morrel Valley Relief Committee": O, "Passport Copy": NONE, "Proof of Address": NONE,
      "Police Clearance": NONE}, 0),
    ("Before you travel: Vaccination Card, Travel Insurance, Emergency Contacts.\n"
     "The Lorvel Traders Guild urges members to carry all three.",
     {"Lorvel Traders Guild": O, "Vaccination Card": NONE, "Travel Insurance": NONE,
      "Emergency Contacts": NONE}, 0),
    # --- agendas ---
    ("Agenda\n1. Opening Remarks\n2. Budget Review\n3. Any Other Business\n"
     "Chair: Orla Venn (Brastow Civic League)",
     {"Orla Venn": P, "Brastow Civic League": O, "Agenda": NONE, "Opening Remarks": NONE,
      "Budget Review": NONE, "Any Other Business": NONE}, 1),
    ("Item 4: Adoption of the Minutes\nItem 5: Report of the Treasurer\n"
     "The Harrow Dock Workers Union asked for a recount of the vote.",
     {"Harrow Dock Workers Union": O, "Item": NONE, "Adoption of the Minutes": NONE, "Minutes": NONE,
      "Treasurer": NONE}, 0),
    ("09:00 Registration\n09:30 Welcome Address by Dr Ines Falk\n10:15 Coffee Break\n11:00 Panel Discussion\n"
     "The forum is hosted by the Selvan Peace Institute.",
     {"Ines Falk": P, "Selvan Peace Institute": O, "Registration": NONE, "Welcome Address": NONE,
      "Coffee Break": NONE, "Panel Discussion": NONE}, 1),
    ("Order of Business\nQuestions to the Minister\nPrivate Members' Motions\n"
     "Deputy Arno Kessel of the Blue Harbour Party tabled a motion on fuel prices.",
     {"Arno Kessel": P, "Blue Harbour Party": O, "Order of Business": NONE, "Private Members' Motions": NONE},
     1),
    # --- museum and catalogue labels ---
    ("Ceremonial Shield\nWood, brass and hide, 19th century.\nGift of the Norvan Heritage Trust.",
     {"Norvan Heritage Trust": O, "Ceremonial Shield": NONE, "Ceremonial": NONE, "Shield": NONE}, 0),
    ("Ballot Urn, 1962\nPainted tin. Used in the first vote organised by the Kessel Independence Congress.",
     {"Kessel Independence Congress": O, "Ballot Urn": NONE, "Ballot": NONE}, 0),
    ("Fragment of the Harbour Wall\nStone, height 40 cm.\nOn loan from the Trevane City Museum.",
     {"Trevane City Museum": O, "Fragment": NONE, "Harbour Wall": NONE, "Wall": NONE}, 0),
    ("Cat. no. 112. Woven Banner, silk. Carried at rallies of the Amber Field Movement in the 1970s.",
     {"Amber Field Movement": O, "Woven Banner": NONE, "Banner": NONE, "Cat": NONE}, 0),
    ("Gallery 3: Colour and Protest\nPosters printed by the Vessaly Students' Union during the strikes.",
     {"Vessaly Students' Union": O, "Gallery": NONE, "Colour": NONE, "Protest": NONE}, 0),
    # --- tables of contents and headings in Title Case ---
    ("Contents\nForeword 3\nExecutive Summary 5\nKey Findings 9\nAnnex B 40\n"
     "This report was commissioned by the Dalmere Rights Observatory.",
     {"Dalmere Rights Observatory": O, "Contents": NONE, "Foreword": NONE, "Executive Summary": NONE,
      "Key Findings": NONE, "Annex B": NONE}, 0),
    ("Water Shortage Deepens in Eastern Districts\n"
     "The Ostrel Water Authority said on Monday that reservoirs were at a third of capacity.",
     {"Ostrel Water Authority": O, "Water Shortage": NONE, "Eastern Districts": NONE}, 0),
    ("Background and Context\nThe Varn Coast Fishermen's Cooperative was founded in 1988.\n"
     "Risks and Mitigation\nThe cooperative has lost half its boats.",
     {"Varn Coast Fishermen's Cooperative": O, "Background": NONE, "Context": NONE,
      "Risks and Mitigation": NONE, "Mitigation": NONE}, 0),
    ("Banditry and Cattle Theft: A Growing Threat\n"
     "The Kelmar Interior Ministry said the Black Reed Brotherhood was behind the attacks.",
     {"Black Reed Brotherhood": O, "Banditry": NONE, "Cattle Theft": NONE, "Growing Threat": NONE}, 0),
    ("Chapter Three: The Long Winter\nIn 1994 the Red Orchard Movement took the hill towns.",
     {"Red Orchard Movement": O, "Long Winter": NONE, "Chapter Three": NONE}, 0),
    ("Lessons Learned\nThe Talvan Relief Agency said it had reached 4,000 families.",
     {"Talvan Relief Agency": O, "Lessons Learned": NONE, "Lessons": NONE}, 0),
    # --- room and file numbers, references, annexes and items ---
    ("The committee of the Kelvar Assembly met in Room C-12, Harbour Palace, on Tuesday.",
     {"Kelvar Assembly": O, "Room C-12": NONE, "Room C-12, Harbour Palace": NONE}, 0),
    ("Ref. 12/A\nFile No. 88/2024\nTo: Secretariat of the Dorvan Trade Council\nSubject: Export Quotas",
     {"Dorvan Trade Council": O, "Ref": NONE, "File No": NONE, "Subject": NONE, "Export Quotas": NONE}, 0),
    ("The list of detainees is in Annex B and the map in Appendix 3. "
     "The Stellan Advocates Guild filed the complaint.",
     {"Stellan Advocates Guild": O, "Annex B": NONE, "Annex": NONE, "Appendix": NONE}, 0),
    ("See Table 2 and Figure 4 for the figures reported by the Ondrel Health Network.",
     {"Ondrel Health Network": O, "Table": NONE, "Figure": NONE}, 0),
    ("Hearing in Courtroom 4B. Case No. 213/19. Judge Maelis Harrowgate presided; "
     "the accused belong to the Iron Lantern Cell.",
     {"Maelis Harrowgate": P, "Courtroom 4B": NONE, "Case No": NONE, "Courtroom": NONE}, 1),
    ("Meeting in Building 7, Floor 3, Office 312. Present: Mara Quell of the Ostvan Teachers' Union.",
     {"Mara Quell": P, "Ostvan Teachers' Union": O, "Building": NONE, "Floor": NONE, "Office": NONE,
      "Present": NONE}, 1),
    # --- acronyms of documents and units of measure ---
    ("The Dorvan Energy Board said the plant produces 40 MW and uses 3 km of pipe, per the MoU.",
     {"Dorvan Energy Board": O, "MW": NONE, "MoU": NONE}, 0),
    # (an acronym that also names real bodies stays: "The EIA said crude stocks rose", as found in review)
    ("The EIA said on Monday that crude stocks rose. The EIA accused the Ostravian ministry of hiding data.",
     {"EIA": O}, 0),
    # (a byline's name alone on its line, and a signature, stay people)
    ("Ostravian troops shell border town\nGrace Stone\nThe Ostravian army shelled the town of Dessov on Monday.",
     {"Grace Stone": P}, 1),
    ("Send your CV and a cover letter by 10 May. Fluent Portuguese required.\n"
     "The post is with the Corvan Refugee Council.",
     {"Corvan Refugee Council": O, "CV": NONE, "Fluent Portuguese": NONE}, 0),
    ("The GDP of Varnesse grew 2 percent, says the IMF staff report; the Varnesse Traders Chamber "
     "welcomed the SOP and the KPI list.",
     {"Varnesse Traders Chamber": O, "GDP": NONE, "SOP": NONE, "KPI": NONE}, 0),
    ("A PDF of the TOR is on the website of the Ashmere Development Fund, with an FAQ and the RFP.",
     {"Ashmere Development Fund": O, "PDF": NONE, "TOR": NONE, "FAQ": NONE, "RFP": NONE}, 0),
    ("The rating agency cut its outlook for the Talvar Republic, citing a shortfall in LPG imports.",
     {"LPG": NONE}, 0),
    # --- slogans ---
    ("Marchers of the Bright Kettle Alliance chanted \"Bread for All! Work for All!\" outside the court.",
     {"Bright Kettle Alliance": O, "Bread": NONE, "Work": NONE}, 0),
    ("The banner read: Bread, Peace, Dignity. Leaders of the Kessan Workers Front addressed the crowd.",
     {"Kessan Workers Front": O, "Bread": NONE, "Peace": NONE, "Dignity": NONE}, 0),
    ("\"Never Again\" and \"Justice Now\" were painted on the walls after the Sable Hill Militia withdrew.",
     {"Sable Hill Militia": O, "Never Again": NONE, "Justice Now": NONE}, 0),
    # --- products and operations ---
    ("Fighters of the Grey Wolf Battalion arrived in a Desert Hawk and two Steppe Runner pickups.",
     {"Grey Wolf Battalion": O, "Desert Hawk": NONE, "Steppe Runner": NONE}, 0),
    ("The Varn Defence Forces launched Operation Silver Fern against the Ashen Ridge Brigade.",
     {"Varn Defence Forces": O, "Ashen Ridge Brigade": O, "Operation Silver Fern": NONE, "Silver Fern": NONE},
     0),
    ("Drones of the Kelmar Air Corps struck a convoy, using Falcon Mk II missiles.",
     {"Kelmar Air Corps": O, "Falcon Mk": NONE, "Falcon": NONE}, 0),
    ("Farmers planted Golden Hybrid seed supplied by the Orvane Seed Cooperative.",
     {"Orvane Seed Cooperative": O, "Golden Hybrid": NONE}, 0),
    # --- CV ---
    ("CURRICULUM VITAE\nEducation\nMA, Political Science\nWork Experience\n2010-2015 Adviser, Merrow Reform Party\n"
     "Skills\nFluent English",
     {"Merrow Reform Party": O, "Education": NONE, "Work Experience": NONE, "Skills": NONE,
      "Fluent English": NONE, "Political Science": NONE}, 0),
    ("References available on request. Languages: Spanish (Fluent), Arabic (Basic). "
     "Member of the Tessaly Advocates Council since 2009.",
     {"Tessaly Advocates Council": O, "References": NONE, "Languages": NONE, "Basic": NONE, "Fluent": NONE}, 0),
    # --- FAQ ---
    ("Frequently Asked Questions\nQ: Who can vote?\nA: Any adult on the register.\n"
     "Q: Who runs the count?\nA: The Varlow Polling Commission.",
     {"Varlow Polling Commission": O, "Frequently Asked Questions": NONE, "Q": NONE, "A": NONE}, 0),
    ("FAQ: What does the Kessan Workers Front want? Answer: higher wages and a new labour code.",
     {"Kessan Workers Front": O, "FAQ": NONE, "Answer": NONE}, 0),
    # --- terms of reference ---
    ("Terms of Reference\nScope of Work\nDeliverables\nThe consultant will report to the Ostmere Aid Network.",
     {"Ostmere Aid Network": O, "Terms of Reference": NONE, "Scope of Work": NONE, "Deliverables": NONE}, 0),
    ("Eligibility Criteria and Selection Process are set out below. The grant is funded by the "
     "Harlow Family Foundation.",
     {"Harlow Family Foundation": O, "Eligibility Criteria": NONE, "Selection Process": NONE}, 0),
    # --- bylines and photo credits ---
    ("By Staff Reporter\nThe Reed Bank Party congress elected Osric Tolvane as its leader.",
     {"Osric Tolvane": P, "Reed Bank Party": O, "Staff Reporter": NONE, "Staff": NONE}, 1),
    ("Photo: Handout\nThe Dune Riders Front released a video of the captured soldiers.",
     {"Dune Riders Front": O, "Photo": NONE, "Handout": NONE}, 0),
    ("Image Credit: Archive\nSupporters of the Lantern Alliance gathered outside the court.",
     {"Lantern Alliance": O, "Image Credit": NONE, "Archive": NONE}, 0),
    ("Updated 14:02 GMT\nEditor's Note: an earlier version misspelt the name of Bartholomew Ossen, "
     "leader of the Saltmarsh League.",
     {"Bartholomew Ossen": P, "Saltmarsh League": O, "Editor's Note": NONE, "GMT": NONE, "Updated": NONE}, 1),
    # --- risk and due-diligence memos with category labels ---
    ("Subject Person: Arvid Tollan\nRisk Rating: Medium\nAdverse Media: Yes\n"
     "Mr Tollan chairs the Kessaly Shipping Group.",
     {"Arvid Tollan": P, "Kessaly Shipping Group": O, "Subject Person": NONE, "Person": NONE,
      "Risk Rating": NONE, "Adverse Media": NONE}, 1),
    ("Second Line Check: Complete. Sanctions Screening: No Match. The Ravel Holding Company is clean.",
     {"Ravel Holding Company": O, "Second Line": NONE, "Second Line Check": NONE,
      "Sanctions Screening": NONE, "No Match": NONE}, 0),
    # --- mailbags, glossaries, legends ---
    ("Glossary\nCeasefire: a halt in fighting.\nMilitia: an armed group that is not an army.\n"
     "The Orrin Hills Militia signed a ceasefire in May.",
     {"Orrin Hills Militia": O, "Glossary": NONE, "Ceasefire": NONE}, 0),
    ("Legend: Red = Contested, Blue = Government, Grey = Unknown. "
     "The map shows positions of the Ashen Ridge Brigade.",
     {"Ashen Ridge Brigade": O, "Legend": NONE, "Contested": NONE, "Grey": NONE, "Unknown": NONE,
      "Red": NONE, "Blue": NONE}, 0),
    ("Key Dates\nMarch: Nominations Close\nApril: Polling Day\nMay: Results Announced\n"
     "The Solvane Harmony Party has named its candidates.",
     {"Solvane Harmony Party": O, "Key Dates": NONE, "Nominations Close": NONE, "Polling Day": NONE}, 0),
    ("Winners: the Amber Field Movement. Losers: the Tessaly Growers Union. Verdict: Too Early to Tell.",
     {"Amber Field Movement": O, "Tessaly Growers Union": O, "Winners": NONE, "Losers": NONE,
      "Verdict": NONE}, 0),
    # --- words in capitals at a sentence start or after a colon ---
    ("Bill: A draft law of the Kelvar Assembly on water rights. Status: Second Reading.",
     {"Kelvar Assembly": O, "Bill": NONE, "Second Reading": NONE}, 0),
    ("Granite and marble were quarried by the Ostvan Mining Company until 1990.",
     {"Ostvan Mining Company": O, "Granite": NONE}, 0),
    ("Note: Figures are provisional. Source: Morrel Valley Relief Committee.",
     {"Morrel Valley Relief Committee": O, "Note": NONE, "Figures": NONE, "Source": NONE}, 0),
    ("Disclaimer: The views here are the author's own. Copyright Tarvel Press Agency.",
     {"Disclaimer": NONE, "Copyright": NONE}, 0),
    # --- an item's first word, capital only by its place, before a common noun ---
    ("Label 12 - Ceremonial drum of the Orrin Guard, wood and hide\nLabel 14 - Ballot tray from the first village "
     "poll, 1988\nLabel 15 - Wall panel: \"Who spoke?\"",
     {"Ceremonial": NONE, "Ballot": NONE, "Wall": NONE}, 0),
    ("Card 4 - Wooden drum, 1950. Played at rallies of the Orrin Hills Militia.\nCard 5 - Protest banner, cotton",
     {"Orrin Hills Militia": O, "Wooden": NONE, "Protest": NONE}, 0),
    ("Colour key\nRed: do not travel. Amber: avoid the border zone held by the Dune Riders Front.",
     {"Dune Riders Front": O, "Colour": NONE, "Red": NONE, "Amber": NONE}, 0),
    ("Screening result: PEP match, tier two, through the Ravel Holding Company",
     {"Ravel Holding Company": O, "PEP": NONE}, 0),
    # --- a text of law named by its bare word ---
    ("Clause 3 of the Bill hands the Ashen Ridge Brigade to the Kelvar Assembly; the Bill is silent on pay.",
     {"Ashen Ridge Brigade": O, "Kelvar Assembly": O, "Bill": NONE}, 0),
    ("Under this Order the Tarvel Grain Board must publish its accounts; the Order takes effect in May.",
     {"Tarvel Grain Board": O, "Order": NONE}, 0),
    # --- negatives: real actors in the same layouts stay ---
    ("4. Silver Lantern\nThe party won six seats, said Piet Lorrand.",
     {"Silver Lantern": O, "Piet Lorrand": P}, 1),
    ("4. New Horizon\nThe party won nine seats, said Piet Lorrand.",
     {"New Horizon": O, "Piet Lorrand": P}, 1),
    ("Standing Committee on Water and Roads\nThe Minister reported to the Committee.",
     {"Standing Committee on Water and Roads": O}, 0),
    ("Profiles\n\nIDA HEATH\n\nHeath, 52, a former nurse, leads the Tarrow Meadow League.",
     {"Ida Heath": P, "Tarrow Meadow League": O}, 1),
    ("Bill Farrow, leader of the Tessaly Growers Union, spoke. Bill said the union would strike.",
     {"Bill Farrow": P, "Tessaly Growers Union": O}, 1),
    ("- Harmony fighters shelled the market in Tarsel on Monday. Harmony denies it.",
     {"Tarsel": NONE}, 0),
    ("Speaker: Dame Orla Fenwick\nMinistry of Water, Republic of Tessaly\n"
     "The Ministry of Water said Dame Fenwick would resign.",
     {"Orla Fenwick": P, "Speaker": NONE}, 1),
    ("Contact: Press Office, Lantern Alliance\nThe Lantern Alliance said it would contest all seats.",
     {"Lantern Alliance": O, "Contact": NONE, "Press Office": NONE}, 0),
    ("Signed: Jorun Palvek, Secretary General, Kessan Workers Front",
     {"Jorun Palvek": P, "Kessan Workers Front": O, "Signed": NONE}, 1),
]

def _case(part: str) -> str:
    """The text of the one case that holds ``part``."""
    return next(c[0] for c in CASES if part in c[0])


XFAIL: dict[str, str] = {
    _case('Constituency: North Varla'): "a form field's value (a place) taken as a person's name",
    _case('2. Budget Review'):
        "a whole line of common words the tagger takes as a body: kept, as a numbered heading may name a party",
    _case('Order of Business\n'):
        "a whole line of common words the tagger takes as a body: kept, as a numbered heading may name a party",
    _case('Vaccination Card, Travel Insurance'): 'Title Case common-word phrases in a run-on list taken as bodies',
    _case('Gift of the Norvan Heritage Trust'): "a credit line's first word ('Gift of') taken as a person",
    _case('Woven Banner, silk'): "a catalogue entry's Title Case object name after its number taken as a person",
    _case('To: Secretariat of the Dorvan Trade Council'):
        "an organ joined with its body into one name ('Secretariat of the X')",
    _case('Banditry and Cattle Theft'): "Title Case common words of a heading before ':' the tagger takes as a body",
    _case('4. New Horizon'): "a party's heading line the tagger takes for a person: dropped as a line of common words",
    _case('Desert Hawk and two Steppe Runner'): "vehicles' model names taken as persons",
    _case('Golden Hybrid seed'): "a product's Title Case name of common words taken as a person",
    _case('Eligibility Criteria and Selection Process'): 'Title Case common words at a sentence start taken as a body',
    _case('Signed: Jorun Palvek, Secretary General'): 'a signatory before his post and body taken as a body',
}


extracted, test_wording = battery(CASES, XFAIL, "f", actor_kinds, check_kinds_and_persons)
