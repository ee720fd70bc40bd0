package analysis

import "testing"

// TestQuotedNamesHaveNoSpeaker: a second title or term joined by "and" or
// "or" to a quoted title, a name after "pseudonym" or "known as", and a
// one-word title that keeps its sentence's comma after a preposition or a
// possessive name things, and no one in the margin says them; words of
// the same shape that someone does say keep their speaker.
func TestQuotedNamesHaveNoSpeaker(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"second title after and", `Lena Brook, who has starred in “Salt Roads” and “Low Tide,” posted the clip online on Friday.`, "Low Tide", ""},
		{"one-letter choices after for", `Most voters simply tick the box for “Y,” or “N,” according to their mood, Lena Brook said.`, "N,", ""},
		{"one-word show after a possessive", `On Tuesday on Radio Eastcliff’s “Drivetime,” Tomas Vell said the ferry would be back by May.`, "Drivetime", ""},
		{"pseudonym", `Tomas Vell wrote under the pseudonym “Harry Dune,” but the editors soon found him out.`, "Harry Dune", ""},
		{"known as", `The ferry, known as “Old Grey,” was the mayor’s pride, said Lena Brook.`, "Old Grey", ""},
		{"known in a place as", `Lena Brook said the fishermen's levy, known in Eastcliff as “the salt tax,” had driven families away.`, "the salt tax", ""},
		{"known locally as", `Tomas Vell said the old ferry, known locally as “the Grey Lady,” would be scrapped in May.`, "the Grey Lady", ""},
		{"a gloss after literally", `Lena Brook said she paid a weekly “peaje” — literally “toll,” a word for the gangs' fee — to keep her stall.`, "toll", ""},
		{"said as, not known as, stays", `Lena Brook, who was known for her temper, described the levy as “a tax on the poor.”`, "a tax on the poor", "Lena Brook"},
		{"a book by its author", `Her favourite, “The Long Quay,” by Ines Vell, taught Lena Brook to love the sea, she said.`, "The Long Quay", ""},
		{"a headline by its reporter", `“Ferry fares to double by spring,” by the Courier’s Tomas Vell: “The council will vote on the rise next week.”`, "Ferry fares to double", ""},
		{"a participle by its agent stays", `Lena Brook said she had been “badly misled” by Tomas Vell.`, "badly misled", "Lena Brook"},
		{"a gloss after a language", `The boat is called “Mare Liberum,” Latin for “the free sea,” said Tomas Vell, who built it.`, "the free sea", ""},
		{"a gloss after shorthand", `Lena Brook said “the Line” was shorthand for “the quay tax we never voted for.”`, "quay tax we never voted", ""},
		{"speech after and stays", `Lena Brook said the ferry was “late again” and “a disgrace to the town.”`, "disgrace to the town", "Lena Brook"},
		{"one word said stays", `Asked whether the ferry would return, Lena Brook said, “Never,” and left the room.`, "Never", "Lena Brook"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, `The Eastcliff ferry has been laid up all winter.`, c.para)
		})
	}
}
