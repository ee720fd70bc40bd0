package analysis

import "testing"

// TestOwnerApposed: a name in apposition to a noun a his or her owns
// ("Her colleague, economist Temuulen Gansukh,") is not who that pronoun
// is, so a pronoun of its gender after the sentence votes for no one and
// goes on with the owner; a name apposed to "her first name" is her own.
func TestOwnerApposed(t *testing.T) {
	const scholars = "Oyun Bayart, a historian, said the reshuffle reflected tensions inside the party. " +
		"Her colleague at the institute, economist Temuulen Gansukh, said the budget was the more urgent problem."
	runSpeakerCases(t, []speakerCase{
		{"her colleague", []string{scholars, "“The minister is protecting himself,” she said.", "“The budget is built on old prices,” he said."},
			"protecting himself", "Oyun Bayart"},
		{"the colleague speaks next", []string{scholars, "“The minister is protecting himself,” she said.", "“The budget is built on old prices,” he said."},
			"old prices", "Temuulen Gansukh"},
	})
	cases := []genderCase{
		{"her first name", "A nurse, who gave only her first name, Wanjiru, said the ward was full. “We sleep in shifts,” she said.", "Wanjiru", "f"},
	}
	runGenderCases(t, cases)
}

// TestOwnerApposedSide reads the shapes: a possessive that owns the noun
// the name is apposed to, with or without a comma, and none where the
// pronoun is an object or the noun a name.
func TestOwnerApposedSide(t *testing.T) {
	cases := []struct {
		name, para, person string
		side               int
	}{
		{"her colleague", "Her colleague at the institute, economist Temuulen Gansukh, said so. “Yes,” he said.", "Temuulen Gansukh", 1},
		{"his daughter", "His daughter, Nasrin Alam, runs the desk. “Yes,” she said.", "Nasrin Alam", 0},
		{"no comma", "His brother Yaw Mensah said so. “Yes,” he said.", "Yaw Mensah", 0},
		{"an object", "Reporters told her Yaw Mensah had left. “Yes,” she said.", "Yaw Mensah", -1},
		{"her own name", "A nurse gave her first name, Wanjiru, to reporters. “Yes,” she said.", "Wanjiru", -1},
		{"no possessive", "The colleague, economist Temuulen Gansukh, said so. “Yes,” he said.", "Temuulen Gansukh", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := article(c.para)
			tz := Default().prepare(a)
			defer tz.release()
			at := newAttributor(a, tz)
			if at == nil {
				t.Fatalf("no quotation in %q", c.para)
			}
			for s := range at.tz.toks {
				if ei := at.ment[s]; ei >= 0 && at.mstart[s] == s && a.Entities[ei].Name == c.person {
					if got := at.ownerApposedSide(s); got != c.side {
						t.Errorf("side %d, want %d", got, c.side)
					}
					return
				}
			}
			t.Fatalf("no entity %q in %q", c.person, c.para)
		})
	}
}
