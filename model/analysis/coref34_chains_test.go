package analysis

import "testing"

// TestApposedSubjectSpeaks: a name between commas right before a speech
// verb is the apposition of the sentence's subject, "A woman who …, Ada
// Reed, told", and the speaker of the sentence: a he or she after it goes
// back to that name, not to the speaker of the paragraph before; and a
// reflexive is no subject ("A woman who called herself …" leaves the
// subject to come) (coref_chains.go appositionVerb, pronounNoSubject).
func TestApposedSubjectSpeaks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a description with a relative clause", []string{
			"The fire started in the kitchen, said Capt. Mara Ellison, a brigade spokeswoman.",
			"A woman who described herself as the owner's niece, Petra Vogel, told reporters at the scene that her uncle had been asleep. “He never heard the alarm,” she said.",
		}, "never heard", "Petra Vogel"},
		{"a kin noun with an owner", []string{
			"The ferry was late again on Monday, said Ivan Brodsky, the harbour master.",
			"Later in the day his deputy, Tomas Lindqvist, told the council that the engines had failed twice. “We need a new boat,” he said.",
		}, "new boat", "Tomas Lindqvist"},
		// regressions: a name that a participle takes for its object is
		// no apposition of the subject
		{"the object of a participle", []string{
			"Rep. Ivan Brodsky (Dunmore), a delegate backing Tomas Lindqvist, said he has spoken with the others.",
			"“Most of them will vote with us,” he said.",
		}, "Most of them", "Ivan Brodsky"},
	})
}

// TestNameInPhraseAfterDescription: a name after a description of its
// person, "with the soprano Ivy Lund", "by her brother Jon", is the object
// of the preposition before them, no subject, and a she in the sentence
// after goes on with the chain of subjects (coref_chains.go beforeTitles).
func TestNameInPhraseAfterDescription(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an obituary's subject", []string{
			"Helga Brandt, the painter who filled the old mill with colour, has died at her home in Dunmore. She was 91.",
			"“She never stopped,” said the curator Ivo Marsh.",
			"Brandt’s murals with the sculptor Anna Falk won the Dunmore Prize in 1980.",
			"She was made an honorary citizen in 1999. Asked about it by a reporter, she called it “a nice piece of paper”.",
		}, "nice piece", "Helga Brandt"},
		{"a possessive opens the description", []string{
			"Ada Reed has run the bakery on Quay Street since 1984.",
			"“The ovens are older than I am,” she said.",
			"Her recipes for rye bread, shared with her cousin Mia Falk, fill a whole shelf.",
			"She still starts at four. “The dough waits for nobody,” she said.",
		}, "dough waits", "Ada Reed"},
	})
}

// TestOwnerOfTheSubject: the owner of the noun that opens the clause,
// "Ivan Reed's plan …", is its topic, weighed as a subject (less the
// possessor's share), and a he after it goes back to it rather than to
// the speaker of the paragraph before (coref_chains.go ownerOpens).
func TestOwnerOfTheSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an owner that opens the sentence", []string{
			"“The harbour must stay public,” said Tomas Osei, the union's regional organiser.",
			"Ivan Reed's plan for the quay has split the town. “We will not sell a single berth,” he said on Monday.",
		}, "single berth", "Ivan Reed"},
		// regressions: an owner inside a clause is no topic
		{"an owner inside a subordinate clause", []string{
			"After a radio host mocked Mia Lund's accent on air, the presenter Ada Reed answered with a letter to her listeners.",
			"“Nobody should be laughed at for where she is from,” she wrote.",
		}, "laughed at", "Ada Reed"},
	})
}

// TestNameInPhraseAfterRole: a role noun alone between a preposition and
// a name, "by reporter Ivo Marsh", is the name's title, and the name the
// object of the preposition (coref_chains.go beforeTitles).
func TestNameInPhraseAfterRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a role noun without an article", []string{
			"“We will keep the ferry running,” Tomas Reed said on Monday.",
			"The plan drew fire all week. It was questioned by reporter Ivo Marsh at the hearing.",
			"“Nothing will change,” he said.",
		}, "Nothing will change", "Tomas Reed"},
	})
}
