package analysis

import "testing"

// TestFamilyReferent: a bare surname that two people of the article
// carry is the story's main referent's, past the paragraph that names the
// relative and the next ones while the main referent is not named again;
// a relative whom a possessive and a kin noun introduce never takes it
// over.
func TestFamilyReferent(t *testing.T) {
	cases := []speakerCase{
		{"a senator and her husband, named in an aside", []string{
			"Senator Ana Marsh toured the harbour in Dunmore on Monday.",
			"Marsh has fought the ferry levy for years. Marsh wants a vote on it this spring.",
			"Marsh thanked the crew and a retired pilot, Tobin Marsh, who flew the first ferry to Kessary.",
			"“The quay is falling apart,” Marsh said.",
		}, "quay", "Ana Marsh"},
		{"a father and son, the son paragraphs back", []string{
			"Governor Piet Holm opened the bridge in Kessary on Monday.",
			"Holm said the toll would stay. Holm thanked the crews who built it.",
			"Nils Holm, who ran the bridge company until 2019, watched from the bank.",
			"The bridge cost 40 million crowns and took six years to build.",
			"Drivers from Vell will pay the toll twice a day.",
			"“We built it on time,” Holm said.",
		}, "on time", "Piet Holm"},
		{"a candidate and her daughter, who speaks", []string{
			"Ana Reed is running for the Senate seat in Dunmore.",
			"Reed won the primary in May. Reed has raised more than any rival.",
			"“We need her in the Senate,” her daughter, Mia Reed, wrote in a letter to voters.",
			"A former teacher, Reed had no experience in politics before 2020.",
			"“I will run again if I lose,” Reed said.",
		}, "run again", "Ana Reed"},
		// the relative's own paragraph and the next, the main referent not
		// named since, are the relative's
		{"the relative's own paragraph", []string{
			"Ana Reed is running for the Senate seat in Dunmore.",
			"Reed won the primary in May. Reed has raised more than any rival.",
			"Tobin Reed, who chairs the harbour board, backs the levy. “It pays for the quay,” Reed said.",
		}, "pays for the quay", "Tobin Reed"},
		{"the paragraph after the relative's", []string{
			"Ana Reed is running for the Senate seat in Dunmore.",
			"Reed won the primary in May. Reed has raised more than any rival.",
			"Tobin Reed, who chairs the harbour board, backs the levy.",
			"“It pays for the quay,” Reed said.",
		}, "pays for the quay", "Tobin Reed"},
	}
	runSpeakerCases(t, cases)
}
