package analysis

import "testing"

// TestDescribedHolderShapes: a description names the one person the
// article gave its role or age in the shapes news writes them, and stays
// as written when two people hold it (desc34_apposition.go,
// desc34_age.go, coref_describe.go).
func TestDescribedHolderShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// a role in an apposition with a noun of its field or an owner
		{"apposition with a field noun", []string{
			"The ferries will run again by June, said Oskar Lindqvist, the transport minister, on Tuesday.",
			"Engineers have rebuilt two of the three piers at Holm.",
			"“We are nearly there, and I ask for patience,” the minister added.",
		}, "nearly there", "Oskar Lindqvist"},
		{"apposition with an owner", []string{
			"Ferries to Holm were cancelled for a third day on Wednesday, Brightsea Lines said.",
			"Ulla Marsh, the operator's spokesperson, said crews were working through the night.",
			"“We know how hard this is for islanders,” the spokesperson said.",
		}, "hard this is", "Ulla Marsh"},
		{"apposition with a team noun", []string{
			"Dario Fenn, the team captain, scored twice as Holm beat Dunmore on Saturday.",
			"The visitors pressed late but could not level.",
			"“It was a hard afternoon,” the captain said.",
		}, "hard afternoon", "Dario Fenn"},
		// a role given as the predicate, or before the name with a phrase
		{"a role as the predicate", []string{
			"Dario Fenn is the Holm captain. He scored twice on Saturday as his side beat Dunmore.",
			"The visitors pressed late but could not level.",
			"“It was a hard afternoon,” the captain said.",
		}, "hard afternoon", "Dario Fenn"},
		{"a role given by appointment", []string{
			"Oskar Lindqvist was appointed transport minister in a reshuffle last month.",
			"He told parliament on Tuesday that the piers would reopen by June. Engineers have rebuilt two.",
			"“We are nearly there,” the minister said.",
		}, "nearly there", "Oskar Lindqvist"},
		{"a role in a relative clause", []string{
			"Dario Fenn, who was named captain of Holm in May, scored twice on Saturday.",
			"The visitors pressed late but could not level.",
			"“It was a hard afternoon,” the captain said.",
		}, "hard afternoon", "Dario Fenn"},
		{"a role with an of phrase before the name", []string{
			"The mayor of Holm, Runa Beck, opened the new fish market on Friday.",
			"Traders had waited three years for the hall.",
			"“This market belongs to the island,” the mayor said.",
		}, "belongs", "Runa Beck"},
		{"the words of a predicate role", []string{
			"Dario Fenn is the Holm captain. He scored twice on Saturday as his side beat Dunmore.",
			"The visitors pressed late but could not level.",
			"“It was a hard afternoon,” the Holm captain said.",
		}, "hard afternoon", "Dario Fenn"},
		{"the words of an of phrase before the name", []string{
			"The mayor of Holm, Runa Beck, opened the new fish market on Friday.",
			"Traders had waited three years for the hall.",
			"“This market belongs to the island,” the Holm mayor said.",
		}, "belongs", "Runa Beck"},
		{"a role held once is not the role", []string{
			"Oskar Lindqvist was formerly the transport minister. He now runs a ferry firm.",
			"The piers at Holm were rebuilt this spring.",
			"“We are nearly there,” the minister said.",
		}, "nearly there", "the minister"},
		{"a role that was theirs once", []string{
			"Oskar Lindqvist was a minister in the last government. He now runs a ferry firm.",
			"The piers at Holm were rebuilt this spring.",
			"“We are nearly there,” the minister said.",
		}, "nearly there", "the minister"},
		{"a role denied", []string{
			"Dario Fenn is no longer captain. He scored twice on Saturday as Holm beat Dunmore.",
			"The visitors pressed late but could not level.",
			"“It was a hard afternoon,” the captain said.",
		}, "hard afternoon", "the captain"},
		{"having a lawyer is not being one", []string{
			"Runa Beck has a lawyer in Dunmore and a case before the harbour court.",
			"The court sits again in May.",
			"“The quay was never theirs,” the lawyer said.",
		}, "never theirs", "the lawyer"},
		{"the member for a place as the description", []string{
			"Holm North MP Runa Beck told the chamber the harbour plan came too late.",
			"The government has promised a review.",
			"“The islanders have waited six years,” said the member for Holm North.",
		}, "six years", "Runa Beck"},
		// a description owned by a team, a body or a place
		{"a team's captain", []string{
			"Dario Fenn, the Holm captain, scored twice as his side beat Dunmore on Saturday.",
			"The visitors pressed late but could not level.",
			"“It was a hard afternoon,” the club's captain said.",
		}, "hard afternoon", "Dario Fenn"},
		{"a country's minister", []string{
			"Oskar Lindqvist, the transport minister, said the piers would reopen by June.",
			"Engineers have rebuilt two of them.",
			"“We are nearly there,” the country's transport minister said.",
		}, "nearly there", "Oskar Lindqvist"},
		{"a person's spokesman is theirs", []string{
			"Oskar Lindqvist, a spokesman for the growers, met the press on Tuesday.",
			"Engineers have rebuilt two of the piers.",
			"“We are nearly there,” the minister's spokesman said.",
		}, "nearly there", "the minister's spokesman"},
		// roles of sport, courts and parliaments
		{"a witness", []string{
			"Runa Beck, a witness for the prosecution, told the court she heard shouting on the quay.",
			"The skipper denies the charge.",
			"“I saw a man running towards the ferry,” the witness said.",
		}, "running", "Runa Beck"},
		{"a witness by testimony", []string{
			"A neighbour, Runa Beck, told the court she heard shouting on the quay that night.",
			"The skipper denies the charge.",
			"“I saw a man running towards the ferry,” the witness said.",
		}, "running", "Runa Beck"},
		{"a witness the court heard from", []string{
			"The court heard from Runa Beck, who lives above the harbour office.",
			"Beck said she heard shouting on the quay that night.",
			"“I saw a man running towards the ferry,” the witness said.",
		}, "running", "Runa Beck"},
		{"a prosecutor is no witness", []string{
			"Prosecutor Runa Beck told the court the skipper had lied.",
			"The skipper denies the charge.",
			"“I saw a man running towards the ferry,” the witness said.",
		}, "running", "the witness"},
		{"a prosecutor", []string{
			"Prosecutor Runa Beck told the jury that the skipper, Tomas Osei, had bought fuel hours before the fire.",
			"“The evidence will show he planned this,” the prosecutor said.",
		}, "planned this", "Runa Beck"},
		{"a skipper is the captain", []string{
			"Holm captain Dario Fenn made 88 before he was caught at slip.",
			"The rest of the batting folded for 140.",
			"“We should have batted longer,” the skipper said.",
		}, "batted longer", "Dario Fenn"},
		{"a sprinter", []string{
			"Sprinter Runa Beck won the 200 metres in a meeting record on Sunday.",
			"She finished ahead of the Dunmore pair.",
			"“I felt strong from the first bend,” the sprinter said.",
		}, "first bend", "Runa Beck"},
		{"an MP is the member", []string{
			"Holm North MP Runa Beck told the chamber the harbour plan came too late.",
			"The government has promised a review.",
			"“The islanders have waited six years,” the Holm North member said.",
		}, "six years", "Runa Beck"},
		{"the member for a place", []string{
			"Runa Beck, the member for Holm North, told the chamber the harbour plan came too late.",
			"The government has promised a review.",
			"“The islanders have waited six years,” the member said.",
		}, "six years", "Runa Beck"},
		{"a name among the apposition's modifiers", []string{
			"Tomas Osei, the longtime Ann Reed aide, toured the harbour on Monday.",
			"The fishermen showed the visitors the new quay.",
			"“Every plank here has a story,” the aide said.",
		}, "Every plank", "Tomas Osei"},
		{"a role for either sex", []string{
			"Ferries to Holm were cancelled for a third day on Wednesday.",
			"Brightsea spokeswoman Ulla Marsh said crews were working through the night.",
			"The line is expected to reopen on Friday.",
			"“We know how hard this is for islanders,” the spokesperson said.",
		}, "hard this is", "Ulla Marsh"},
		{"not the other way", []string{
			"Ferries to Holm were cancelled for a third day on Wednesday.",
			"Brightsea spokeswoman Ulla Marsh said crews were working through the night.",
			"The line is expected to reopen on Friday.",
			"“We know how hard this is for islanders,” the spokesman said.",
		}, "hard this is", "the spokesman"},
		// the passage about one given another role
		{"the passage's subject has another role", []string{
			"The piers will reopen by June, said Oskar Lindqvist, the transport minister.",
			"Tomas Osei, a lawmaker from Holm, called the promise a fantasy.",
			"“We are nearly there,” the minister added.",
		}, "nearly there", "Oskar Lindqvist"},
		{"the passage's subject has no role", []string{
			"The piers will reopen by June, said Oskar Lindqvist, the transport minister.",
			"Tomas Osei called the promise a fantasy in parliament on Tuesday.",
			"“We are nearly there,” the minister added.",
		}, "nearly there", "the minister"},
		// two holders named last together
		{"two ministers named together", []string{
			"Oskar Lindqvist, the transport minister, and Runa Beck, the farming minister, met the growers on Tuesday.",
			"The talks ended without agreement.",
			"“We will keep talking,” the minister said.",
		}, "keep talking", "the minister"},
		// ages
		{"an age in brackets", []string{
			"The ferry is run by Runa Beck (61), who bought it after the storm.",
			"Islanders cross on it every morning.",
			"“We had nothing left but the hull,” the 61-year-old said.",
		}, "hull", "Runa Beck"},
		{"an age after aged", []string{
			"Runa Beck, aged 61, runs the only ferry to Holm.",
			"Islanders cross on it every morning.",
			"“We had nothing left but the hull,” the 61-year-old said.",
		}, "hull", "Runa Beck"},
		{"an age in an apposition", []string{
			"Runa Beck, a 61-year-old skipper, runs the only ferry to Holm.",
			"Islanders cross on it every morning.",
			"“We had nothing left but the hull,” the 61-year-old said.",
		}, "hull", "Runa Beck"},
		{"an age modifying the noun", []string{
			"Runa Beck, 61, runs the only ferry to Holm.",
			"Islanders cross on it every morning.",
			"“We had nothing left but the hull,” the 61-year-old grandmother said.",
		}, "hull", "Runa Beck"},
		{"two people of the age", []string{
			"Runa Beck, 61, and her cousin Ola Brandt, 61, run the ferry to Holm.",
			"Islanders cross on it every morning.",
			"“We had nothing left but the hull,” the 61-year-old said.",
		}, "hull", "the 61-year-old"},
	})
}
