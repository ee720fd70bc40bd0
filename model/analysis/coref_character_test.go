package analysis

import "testing"

// TestDescribedCharacter: one named once whom the story goes on calling
// "he" or "she" is the character a later description of the passage
// means, as one named twice is (coref_describe.go).
func TestDescribedCharacter(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"named once, then he", []string{
			"When Tomas Osei heard he had lost the ferry contract, he was already three weeks into his tour of the coast. Another packed hall, another long evening of questions. Sooner or later, the Dunmore mayor told the crowd, “the harbour will be ours.”",
		}, "harbour will", "Tomas Osei"},
		{"named once, no pronoun: stays", []string{
			"Ivan Petrov opened the hearing on the quay.",
			"The fishermen filled the hall.",
			"“The quay will stand,” the mayor said.",
		}, "quay will", "the mayor"},
	})
}

// TestDescribedAfterOpening: the subject of the sentence before a
// description is read after a dateline without an agency ("HOLM -") and
// as the focus of a cleft ("it was Reed who"), so the description means
// that person (coref_describe.go).
func TestDescribedAfterOpening(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a plain dateline", []string{
			"HOLM - Tomas Osei opened his campaign for mayor on the quay on Friday, and Osei spoke for an hour.",
			"Promising a new harbour, the shipping magnate offered himself as “the builder” the town needed.",
		}, "the builder", "Tomas Osei"},
		{"a dateline with a region", []string{
			"PORT ELLA, N.E. — Priya Shah toured the flooded streets on Monday, and Shah met the crews.",
			"Standing by the river, the candidate called the flood “a warning.”",
		}, "a warning", "Priya Shah"},
		{"a cleft", []string{
			"Five candidates spoke in Holm on Sunday, and Tomas Osei drew the loudest cheers.",
			"As usual, it was Osei who held the crowd. Appearing on the radio later, the front-runner said the council had “failed the harbour.”",
		}, "failed the harbour", "Tomas Osei"},
	})
}

// TestDescribedPastCoordinatedObject: the second of two people joined by
// "and" after a preposition is an object as the first is, and leaves the
// passage to its subject (coref_describe.go).
func TestDescribedPastCoordinatedObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two hosts after with", []string{
			"Priya Shah does not think the harbour plan is dead, and Shah said so on Monday.",
			"In an interview with radio hosts Ivo Marsh and Ola Brandt, the Dunmore candidate called the plan “only sleeping.”",
		}, "only sleeping", "Priya Shah"},
	})
}

// TestDescribedPastOpeningClause: a person named in a clause that opens
// the subject's sentence ("When Osei …, Reed boasted …") is not whom the
// sentence is about, and leaves a description after it to the subject
// (coref_describe.go).
func TestDescribedPastOpeningClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"when-clause before the subject", []string{
			"Ann Reed has praised Tomas Osei for years, and Reed invited him to her island twice.",
			"When Osei had trouble finding a berth for his yacht, Reed boasted that she had found him one.",
			"“He is a fine sailor,” the shipping heiress said of Osei.",
		}, "fine sailor", "Ann Reed"},
	})
}

// TestDescribedOwnSentenceSubject: the subject of the description's own
// sentence, a quotation between ("Osei defends his record in an ad: “…,”
// the senator says"), is whom it means, before a holder of the role named
// earlier, unless the article gave the subject another office, when the
// holder stays (coref_describe.go).
func TestDescribedOwnSentenceSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"own sentence before an earlier holder", []string{
			"Sen. Ann Reed of Dunmore called the harbour plan a waste on Monday.",
			"Tomas Osei has backed the plan for years, and Osei is not backing down.",
			"Osei defends the plan in an ad running on Holm radio: “The harbour pays for itself,” the senator says.",
		}, "pays for itself", "Tomas Osei"},
		{"the subject holds another office", []string{
			"Sen. Ann Reed of Dunmore called the harbour plan a waste on Monday.",
			"Gov. Tomas Osei has backed the plan for years, and Osei is not backing down.",
			"Osei defends the plan in an ad running on Holm radio: “The harbour pays for itself,” the senator says.",
		}, "pays for itself", "Ann Reed"},
	})
}
