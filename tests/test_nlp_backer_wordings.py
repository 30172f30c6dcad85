"""Backing told through what a patron hands over or whom its people train, in wordings written before reading the
relation reader, several per mechanism:

- hardware handed over: "X gave Y rifles", "X delivered patrol boats to Y", "Y got helicopters from X" (the kinds
  of military hardware are aid nouns, relations.yaml word_lists.hardware_aid_nouns);
- the receiver of a double object misread as the compound of the aid noun ("X sent the Y Rangers mortars");
- a relative clause of two joined verbs whose pronoun hangs on the second ("a patrol that X has armed and funded");
- a state's own men backed in the passive ("its troops are backed by X": X backs the state);
- a foreign state's men training a force: "instructors from X are training Y", "X's advisers train its battalions",
  "X trains the army's officers" (the state that owns the trained men is backed; word_lists.force_unit_nouns);
- review mends: hardware sent or shipped to a state (no aid), a compound before an aid noun with its own
  participle or after "back" (the aid's owner, no receiver), former men of a body training another (no sender);
- still open (strict xfail, each with its cause): wages covered by "whose treasury", reliance on a demonym's money
  for a third body, foreign trainers who "work with" an army, "keep in" as supplying, aid obtained "through" a state's agency.

Negatives give no backing: a denial, a refusal, a single sale of ships, a state drilling or paying its own army. All names of
the non-state sides are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import B, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

# an invented state made a state by its army (the actors layer types it so)
V = "Velnia's army is small. "

CASES = [
    # --- hardware handed over ---
    ("According to the court, Algeria gave the Tarsin Brigades rifles in 2018.",
     {("Algeria", B, "Tarsin Brigades")}, set()),
    ("During the siege Kenya sent the Lonmar Rangers mortars and fuel by road.",
     {("Kenya", B, "Lonmar Rangers")}, set()),
    ("Borland delivered mortars, grenades and rifles to the Lonmar Rangers in April.",
     {("Borland", B, "Lonmar Rangers")}, set()),
    (V + "Ostravia has supplied the Velnian army with six attack helicopters for the dry season.",
     {("Ostravia", B, "Velnia military")}, set()),
    ("Norway shipped four fast boats to the Kestrel Coast Guard in March, the guard's commander said.",
     {("Norway", B, "Kestrel Coast Guard")}, set()),
    ("The Lonmar Rangers get cash and ammunition from Borland across the river.",
     {("Borland", B, "Lonmar Rangers")}, set()),
    ("The Tarsin Brigades have received grenades and launchers from Algeria since 2020, diplomats say.",
     {("Algeria", B, "Tarsin Brigades")}, set()),
    # --- a foreign state's men training a state's force ---
    (V + "Canadian officers train its border battalions at two camps in the south.",
     {("Canada", B, "Velnia military")}, set()),
    (V + "Instructors from Norway have trained the 2nd Division of the Velnian army near the coast since March.",
     {("Norway", B, "2nd Division")}, set()),
    (V + "Officers from Portugal have drilled and trained Velnia's army since the 2019 treaty.",
     {("Portugal", B, "Velnia military")}, set()),
    # --- a state's own men backed from outside, in the passive ---
    (V + "Velnia has been at war with the Tarsin Brigades since 2019. Its troops are backed by Algeria, which flew "
         "in 300 advisers in May.", {("Algeria", B, "Velnia")}, set()),
    (V + "Velnia's border battalions are equipped by Portugal under a ten-year accord.",
     {("Portugal", B, "Velnia")}, set()),
    (V + "Velnia's soldiers are paid by the Velnian treasury, the minister said.", set(), {("Velnia", B, "Velnia")}),
    # --- the relative pronoun hung on the second of two backing verbs ---
    ("The Sable Watch, a river patrol that Kenya has armed and funded since 2017, stopped the barge at dawn.",
     {("Kenya", B, "Sable Watch")}, set()),
    ("Border villages fear the Tarsin Brigades, which Algeria recruited from exiles and then equipped.",
     {("Algeria", B, "Tarsin Brigades")}, set()),
    # --- still open ---
    ("Borland, whose treasury covers the Tarsin Brigades' wages, declined to comment.",
     {("Borland", B, "Tarsin Brigades")}, set()),
    (V + "Velnia relies on Qatari grants to keep its coastal force, the Harbour Guard, at sea.",
     {("Qatar", B, "Harbour Guard")}, set()),
    (V + "Some 200 Norwegian and Canadian drill sergeants work with the Velnian army at three camps.",
     {("Norway", B, "Velnia military"), ("Canada", B, "Velnia military")}, set()),
    (V + "Spain keeps a marine battalion in Velnia, which asked for it after the 2020 coup.",
     {("Spain", B, "Velnia")}, set()),
    ("In the hills the Tarsin Brigades, a force Algeria keeps in mortars, hold the passes.",
     {("Algeria", B, "Tarsin Brigades")}, set()),
    ("The Tarsin Brigades obtained fuel through a front company of Ostravia's spy agency.",
     {("Ostravia", B, "Tarsin Brigades")}, set()),
    # --- no backing ---
    ("Algeria has always said it never armed the Tarsin Brigades.", set(), {("Algeria", B, "Tarsin Brigades")}),
    ("The Lonmar Rangers say Kenya has given them nothing.",
     set(), {("Kenya", B, "Lonmar Rangers")}),
    (V + "Velnia's defence ministry denies that Kenya gave the Lonmar Rangers any rifles.",
     set(), {("Kenya", B, "Lonmar Rangers")}),
    (V + "Ostravia refused to send the Lonmar Rangers mortars last year.", set(), {("Ostravia", B, "Lonmar Rangers")}),
    (V + "Ostravia sold Velnia two frigates in 2019.", set(), {("Ostravia", B, "Velnia")}),
    (V + "Velnian instructors train the army's border battalions at Camp Reth.",
     set(), {("Velnia", B, "Velnia military")}),
    # --- review mends: hardware conveyed to a state, a compound that is the aid's owner, former men ---
    ("Algeria sent four tanks to Niger on Tuesday, and the column rolled over the frontier before noon.",
     set(), {("Algeria", B, "Niger")}),
    ("Algeria sent a cargo plane to Niger to evacuate its stranded diplomats.", set(), {("Algeria", B, "Niger")}),
    ("Algeria sent tanks and jets to the Brine Militia in June.", {("Algeria", B, "Brine Militia")}, set()),
    ("Kenya supplied Ferro Scouts rifles recovered in June as exhibits to the court.",
     set(), {("Kenya", B, "Ferro Scouts rifles"), ("Kenya", B, "Ferro Scouts")}),
    ("Kenya shipped back Marl Scouts rifles seized at the port.",
     set(), {("Kenya", B, "Marl Scouts rifles"), ("Kenya", B, "Marl Scouts")}),
    ("Former commanders of the Grey Wolves Front are training the Tarsin Brigades in the valley, farmers say.",
     set(), {("Grey Wolves Front", B, "Tarsin Brigades")}),
]

XFAIL: dict[str, str] = {
    "Borland, whose treasury covers the Tarsin Brigades' wages, declined to comment.":
        "'whose treasury' (the holder's own organ) as the subject, and 'cover' no backing verb",
    "Velnia's army is small. Velnia relies on Qatari grants to keep its coastal force, the Harbour Guard, at sea.":
        "reliance on a demonym's money for a third body: the reliance reader gives the backing to the subject only",
    "Velnia's army is small. Some 200 Norwegian and Canadian drill sergeants work with the Velnian army at three camps.":
        "foreign trainers who 'work with' an army: no backing verb, and 'drill sergeants' no follower noun",
    "In the hills the Tarsin Brigades, a force Algeria keeps in mortars, hold the passes.":
        "'keep in' (to supply) is no giving verb",
    "The Tarsin Brigades obtained fuel through a front company of Ostravia's spy agency.":
        "aid obtained 'through' a state's agency: the giver is read only after 'from'",
}


extracted, test_wording = battery(CASES, XFAIL, "k", relations_by_document, check_ties)
