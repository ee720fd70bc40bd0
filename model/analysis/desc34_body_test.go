package analysis

import "testing"

// TestSoleBody: "the company" as a speaker names the one organisation the
// article named within reach, though a sentence about something else
// stands between, and stays as written where two are named, where the
// noun's modifier is not in the name, or where the noun was used of
// another body (desc34_body.go).
func TestSoleBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the one company", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“This was a hard decision, taken after a long review,” the company said in a statement.",
		}, "hard decision", "Kestrel Mining"},
		{"a modifier in the name", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“This was a hard decision,” the mining company said.",
		}, "hard decision", "Kestrel Mining"},
		{"the club", []string{
			"Dunmore Rovers confirmed on Sunday that their manager had left after six defeats.",
			"The side sits bottom of the table.",
			"“We thank him for his work and wish him well,” the club said in a statement.",
		}, "wish him well", "Dunmore Rovers"},
		// left as written
		{"two companies", []string{
			"Kestrel Mining said on Monday it would sell its pit at Holm to Dunmore Ceramics.",
			"The pit has been worked since 1921.",
			"“This was a hard decision,” the company said.",
		}, "hard decision", "the company"},
		{"a modifier not in the name", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“This was a hard decision,” the shipping company said.",
		}, "hard decision", "the shipping company"},
		{"a body named only as an object", []string{
			"Runa Beck said her shipping firm had lost its biggest contract, she told Holm Radio.",
			"The contract was worth two million a year.",
			"“We are looking at every option,” the company said.",
		}, "every option", "the company"},
		{"another company between", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"A rival company from the mainland may buy the site.",
			"“This was a hard decision,” the company said.",
		}, "hard decision", "the company"},
	})
}

// TestBodySpokesperson: a spokesperson without a name speaks for the one
// body in reach, and the margin shows whose ("Kestrel Mining’s
// spokesperson"); where a person is named in reach, or two bodies are,
// the phrase stays as written (desc34_body.go).
func TestBodySpokesperson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a spokesperson", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“We will find work for every miner,” a spokesperson said.",
		}, "every miner", "Kestrel Mining’s spokesperson"},
		{"a spokesperson for the company", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“We will find work for every miner,” said a spokeswoman for the company.",
		}, "every miner", "Kestrel Mining’s spokeswoman"},
		{"the body the sentence before is about", []string{
			"Regulators fined Kestrel Bank on Thursday for lapses at three branches.",
			"Kestrel's chief executive, Runa Beck, apologised to customers.",
			"The bank said it had hired 200 new staff.",
			"“We have already made real changes,” a spokesperson said.",
		}, "real changes", "Kestrel Bank’s spokesperson"},
		// left as written
		{"a person in reach", []string{
			"Runa Beck will not attend the Kestrel Mining dinner on Friday.",
			"“She has no plans to travel this week,” a spokesman said.",
		}, "no plans", "a spokesman"},
		{"two bodies", []string{
			"Kestrel Mining said on Monday it would sell its oldest pit at Holm to Dunmore Holdings.",
			"The pit has been worked since 1921.",
			"“We will find work for every miner,” a spokesperson said.",
		}, "every miner", "a spokesperson"},
	})
}
