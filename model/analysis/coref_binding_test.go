package analysis

import "testing"

// TestPronounBinding: where a name stands in its clause tells whether a
// later pronoun goes back to it (coref_binding.go).
func TestPronounBinding(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// a common noun subject: the name after it is no subject
		{"common noun subject", []string{
			"Ana Ruiz chairs the harbour board.",
			"The audit that cleared Marta Solis came out on Monday. “We were right all along,” she said.",
		}, "right all along", "Ana Ruiz"},
		{"common noun subject, a negated object", []string{
			"Columnist Hugo Marsh reviewed the film for the weekend edition. Marsh writes: “It is long.”",
			"The film mentions neither Governor Ray Cole nor Mayor Tim Olds by name.",
			"He writes that it is “a bleak and angry film.”",
		}, "bleak and angry", "Hugo Marsh"},
		{"what a common noun reports has its own subject", []string{
			"Ben Ortiz spoke for the union all week.",
			"The minutes suggest Tom Reyes is running the talks, and he told the board, “We are close to a deal.”",
		}, "close to a deal", "Tom Reyes"},
		// a participle before a name is its adjective, not a clause
		{"participle adjective", []string{
			"Talk host Ben Ortiz said the panel had been unfair to the strikers.",
			"Retired Army Col. Ivo Marsh started Ortiz's rant when he brought up the strike and said, “Nobody here is blameless.”",
		}, "blameless", "Ivo Marsh"},
		// a bare name between "the" and a noun qualifies the noun
		{"the Reyes campaign", []string{
			"Tom Reyes is challenging Ben Ortiz for the port job.",
			"Ortiz has run the port for a decade and took questions on the radio on Monday.",
			"The Reyes campaign attacked his record on Monday, saying that Ortiz had let the docks rot.",
			"“I have never lost a vote,” he told the show.",
		}, "never lost", "Ben Ortiz"},
		// "’s" of "has" after a name
		{"Dale's been", []string{
			"The fangs came out early in the debate, where Chris Dale lit into Tom Reyes over his record.",
			"Dale’s been making the case for weeks that Reyes isn’t ready. “You have never run anything,” he said.",
		}, "never run anything", "Chris Dale"},
		// a pronoun subject is no one named later in its clause
		{"she told Kemp", []string{
			"Ann Vidal met Rosa Kemp at the depot on Friday.",
			"Kemp asked Vidal how long the strike would last. “Until the board pays,” she told Kemp.",
		}, "board pays", "Ann Vidal"},
		{"he calls Cole's plan", []string{
			"An essay by Hugo Marsh attacked Ray Cole by name.",
			"He calls Cole’s plan “the emptiest promise of the year.”",
		}, "emptiest promise", "Hugo Marsh"},
		// regressions: a time or a clause of its own keeps its subject
		{"a time opens the sentence", []string{
			"“It is madness,” Ben Ortiz declared on Sunday.",
			"The day before, at a rally in Dunmore, Tom Reyes was just as blunt, claiming the port was broke. “You would have to be insane,” he said.",
		}, "insane", "Tom Reyes"},
		{"a clause after a common noun subject", []string{
			"Ivo Marsh backed the strike on Monday.",
			"The break was complete when Tom Reyes quit the party, and he said, “I am done with them.”",
		}, "done with them", "Tom Reyes"},
		// regressions: a later clause may name the pronoun's person
		{"she said, but … said Kemp", []string{
			"Rosa Kemp spoke to reporters on Friday.",
			"“He is grumpy,” she said, but “he will do it,” said Kemp.",
		}, "grumpy", "Rosa Kemp"},
	})
}
