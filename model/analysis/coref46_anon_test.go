package analysis

import "testing"

// TestOwnClauseAnonymous: a he or she in the relative clause of an
// unnamed person's description is that person, and the tag after goes on
// with them, not with the person named in the sentence before
// (ownClauseAnonymous, coref46_anon.go).
func TestOwnClauseAnonymous(t *testing.T) {
	open := "MOMBASA - Tea prices fell at the weekly auction on Tuesday. Trade Minister Kiprono Tanui told growers the government would talk to the buyers. “Nobody should leave feeling cheated,” the minister said."
	runSpeakerCases(t, []speakerCase{
		{"he in the description's relative clause", []string{open,
			"A representative of one of the largest buying firms, who asked not to be named because he was not authorised to speak, said the leaf was poor. “We cannot pay top prices for bad leaf,” he said.",
		}, "top prices", "a representative"},
		// a possessive noun brings in no one: the tag is the minister's
		{"an owned noun", []string{open,
			"A minister's job, he said, is to keep the floors open. “We will meet the buyers on Friday,” he said.",
		}, "meet the buyers", "Kiprono Tanui"},
	})
}

// TestMoreAnonNouns: "a lorry driver", "a tea broker" bring in an unnamed
// person as "a farmer" does, and the tag after goes on with them
// (moreAnonNouns, coref46_anon.go).
func TestMoreAnonNouns(t *testing.T) {
	open := "MALABA - Trucks queued for 40 kilometres at the border on Monday. Revenue Commissioner Grace Akello said new scanners would clear the backlog by Friday. “The system is working,” Akello said."
	runSpeakerCases(t, []speakerCase{
		{"a lorry driver", []string{open,
			"A lorry driver waiting near the customs yard said he had slept in his cab for four nights. “Nobody tells us anything,” he said.",
		}, "Nobody tells us", "a lorry driver"},
		{"a tea broker", []string{open,
			"A tea broker in Mombasa said shipments had been missed. “Buyers in Europe will not wait for us,” she said.",
		}, "will not wait", "a tea broker"},
	})
}
