package analysis

import "testing"

// TestDescribedRoleHolder: a role the article gave a named person in an
// apposition with a phrase after its noun ("the judge in the case", "a
// federal judge in Dunmore"), or in the opening paragraphs, beyond the
// reach of a role named lately, names them for "the judge"; a holder of
// the role brought in without a name, or another person in the passage,
// leaves the description as written (coref_describe.go).
func TestDescribedRoleHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"apposition with a phrase after the noun", []string{
			"Ann Reed, the judge in the case, dismissed the charges on Monday.",
			"The company's lawyers had asked for more time.",
			"“The evidence was gathered unlawfully,” the judge said.",
		}, "evidence was", "Ann Reed"},
		{"apposition with a court's modifier", []string{
			"Ann Reed, a federal judge in Dunmore, dismissed the charges on Monday.",
			"The company's lawyers had asked for more time.",
			"“The evidence was gathered unlawfully,” the judge said.",
		}, "evidence was", "Ann Reed"},
		{"the one holder, far back", []string{
			"Judge Ann Reed dismissed the fraud case against Holm Ferries on Monday.",
			"The case began in 2019.", "Prosecutors said the ferries were unsafe.", "Holm Ferries denied it.",
			"Inspectors found rust on two hulls.", "The company fired its safety chief.", "Passengers sued.",
			"The trial lasted six weeks.", "Witnesses described the crossing.", "Several wept.",
			"“The evidence was gathered unlawfully,” the judge said.",
		}, "evidence was", "Ann Reed"},
		{"far back, but another judge came in", []string{
			"Judge Ann Reed dismissed the fraud case against Holm Ferries on Monday.",
			"The case began in 2019.", "Prosecutors said the ferries were unsafe.", "Holm Ferries denied it.",
			"Inspectors found rust on two hulls.", "The company fired its safety chief.", "Passengers sued.",
			"The trial lasted six weeks.", "An appeals judge in Holm will hear the case next.", "Several wept.",
			"“The evidence was gathered unlawfully,” the judge said.",
		}, "evidence was", "the judge"},
		{"far back, but the passage names another", []string{
			"Judge Ann Reed dismissed the fraud case against Holm Ferries on Monday.",
			"The case began in 2019.", "Prosecutors said the ferries were unsafe.", "Holm Ferries denied it.",
			"Inspectors found rust on two hulls.", "The company fired its safety chief.", "Passengers sued.",
			"The trial lasted six weeks.", "Witnesses described the crossing.", "Tomas Osei wept.",
			"“The evidence was gathered unlawfully,” the judge said.",
		}, "evidence was", "the judge"},
	})
}

// TestDescribedAfterRelativeClause: a subject with a relative clause set
// off by commas is the subject of its sentence ("Reed, who …, was
// blunt"), whom a description after it may mean (coref_describe.go).
func TestDescribedAfterRelativeClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"subject, who …, verb", []string{
			"Ann Reed dismissed the fraud case on Monday.",
			"Reed, who has sat on the Dunmore bench since 2010, was blunt.",
			"“The evidence was gathered unlawfully,” the judge said.",
		}, "evidence was", "Ann Reed"},
	})
}

// TestDescribedFarOffice: beyond reach, an office written as a title
// ("Judge Ann Reed") stays its one holder's though other people are named
// near the description but not as its passage's subject; a noun of trade
// does not (coref_describe.go).
func TestDescribedFarOffice(t *testing.T) {
	far := []string{
		"The case began in 2019.", "Prosecutors said the ferries were unsafe.", "Holm Ferries denied it.",
		"Inspectors found rust on two hulls.", "The company fired its safety chief.", "Passengers sued.",
		"The trial lasted six weeks.", "Witnesses described the crossing.",
		"The jury had heard from Tomas Osei for two days. The courtroom was silent.",
	}
	runSpeakerCases(t, []speakerCase{
		{"a title's office", append(append([]string{"Judge Ann Reed dismissed the fraud case against Holm Ferries on Monday."}, far...),
			"“The evidence was gathered unlawfully,” the judge said."), "evidence was", "Ann Reed"},
		{"a noun of trade", append(append([]string{"Actress Ann Reed watched the trial of Holm Ferries from the gallery."}, far...),
			"“The evidence was gathered unlawfully,” the actress said."), "evidence was", "the actress"},
	})
}
