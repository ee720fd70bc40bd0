package analysis

import "testing"

// TestPossessedAfter: an inverted tag's relative or associate named
// through a possessor is not the possessor: the name after it speaks, or
// the phrase with the owner's name.
func TestPossessedAfter(t *testing.T) {
	intro := `Mia Lund visited the Eastcliff bridge on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a given name the recogniser missed", `“It is beautiful,” said Lund's husband, Per.`, "is beautiful", "Per"},
		{"no name", `“It is long,” said Lund's husband.`, "is long", "Mia Lund’s husband"},
		{"a known name", `“It is tall,” said Lund's daughter, Saoirse Ní Bhriain, 12.`, "is tall", "Saoirse Ní Bhriain"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
