package analysis

import "testing"

// TestUnknownAppositive: a name the recogniser does not know, set in
// apposition after the role phrase of an inverted tag and closing it,
// speaks; words that do not close the tag leave the role.
func TestUnknownAppositive(t *testing.T) {
	intro := `The charity Memory Matters said the findings were encouraging.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"name closing the tag", `“This is another reason to get moving,” said its research director, Sian Pritchard.`, "get moving", "Sian Pritchard"},
		{"capitalised words going on", `“This is another reason to get moving,” said its research director, Sian Pritchard Foundation trustee.`, "get moving", "its research director"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestTitledApposition: the name in apposition after a role phrase speaks
// past a title before it.
func TestTitledApposition(t *testing.T) {
	intro := `A study led by Dr. Amara Osei of Kessington Hospital was published on Wednesday.`
	wantSpeaker(t, "how little it took", "Amara Osei", intro,
		`“What surprised us was how little it took,” according to the study's lead author, Dr. Amara Osei.`)
}

// TestAppositiveOfBody: a name in apposition that goes on with the body or
// place the person is of ("the lead author, Professor X of the University
// of Y,") speaks, as it does without them.
func TestAppositiveOfBody(t *testing.T) {
	intro := `A study of seabirds on the Vell coast was published on Thursday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"of a university", `The report's lead author, Professor Ines Lachlan of the University of Kessary, said the findings were “deeply worrying”.`, "deeply worrying", "Ines Lachlan"},
		{"of a place", `The colony's warden, Tomas Brandt of Holm, said the numbers were “the lowest in living memory”.`, "lowest in living memory", "Tomas Brandt"},
		{"no name in apposition", `The report's lead author, a professor at the University of Kessary, said the findings were “deeply worrying”.`, "deeply worrying", "the report's lead author"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
