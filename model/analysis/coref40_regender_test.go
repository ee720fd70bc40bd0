package analysis

import "testing"

// TestChainsRegender: a description the chains resolved is a mention of
// its person when the genders are counted again: "The lawyer said she …"
// makes the lawyer a woman, whose name no list knows, and the pronoun
// speaker after it hers, not the prosecutor's named between.
func TestChainsRegender(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the lawyer said she", []string{
			"A court in Baku on Monday released opposition leader Tural Huseynov from detention, his lawyer said.",
			"Huseynov's lawyer, Aynur Aliyeva, said the court had found no grounds to hold him further. Prosecutor Elnur Gasimov had asked for another three months.",
			"The lawyer said she would now seek the dismissal of all charges.",
			"“My client has been punished for his opinions,” she said.",
		}, "punished for his opinions", "Aynur Aliyeva"},
		{"a clause of the lawyer in a sentence of two", []string{
			"A court in Baku on Monday released opposition leader Tural Huseynov from detention, his lawyer said.",
			"Huseynov's lawyer, Aynur Aliyeva, said the court had found no grounds to hold him further. Prosecutor Elnur Gasimov had asked for another three months.",
			"After the hearing with Gasimov, the lawyer said she would now seek the dismissal of all charges.",
			"“My client has been punished for his opinions,” she said.",
		}, "punished for his opinions", "Aynur Aliyeva"},
		{"a pronoun after the lawyer", []string{
			"A court in Baku on Monday released opposition leader Tural Huseynov from detention, his lawyer said.",
			"Huseynov's lawyer, Aynur Aliyeva, said the court had found no grounds to hold him further. Prosecutor Elnur Gasimov had asked for another three months.",
			"The lawyer then filed her appeal against the charges.",
			"“My client has been punished for his opinions,” she said.",
		}, "punished for his opinions", "Aynur Aliyeva"},
	})
}

// TestChainsCoordinatedApposition: the head of an apposition before "and"
// is a role of the name ("Hatice Yilmaz, a councillor and mother of
// three,"), so "the mayor" is not she, who has a role, but the mayor.
func TestChainsCoordinatedApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a councillor and mother", []string{
			"IZMIR, Turkey, Nov 12 — Izmir's city council voted on Wednesday to reject a plan to build a new football stadium on the city's waterfront.",
			"Mayor Deniz Aksoy had backed the plan for two years. Her fiercest critic, Hatice Yilmaz, a councillor and mother of three, led the opposition to it.",
			"The mayor said she was ready to talk to residents again.",
			"“This is not the end of the project,” she said.",
			"Yilmaz said residents had collected 40,000 signatures. “The waterfront belongs to everyone,” the councillor said.",
		}, "not the end", "Deniz Aksoy"},
	})
}

// TestRegenderClause: the clause after a description counts for its
// person as after a name, in a sentence of two people where no pronoun
// vote does.
func TestRegenderClause(t *testing.T) {
	para := "A court in Baku released Tural Huseynov, his lawyer said. Huseynov's lawyer, Aynur Aliyeva, said the court had found no grounds to hold him. " +
		"After the hearing with Prosecutor Elnur Gasimov, the lawyer said she would appeal. “We will see,” Farid Osei said."
	if got := genderOf(t, para, "Aynur Aliyeva"); got != "f" {
		t.Errorf("gender %q, want f", got)
	}
}
