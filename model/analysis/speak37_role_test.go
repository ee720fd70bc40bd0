package analysis

import "testing"

// TestSpeak37RoleWithField: a name that only qualifies a role with its
// field after "of" ("Shah campaign director of communications Tomas
// Osei") leaves the subject to the name the role comes to, as "Shah
// campaign chairman Tomas Osei" does, so a pronoun after it is his.
func TestSpeak37RoleWithField(t *testing.T) {
	intro := `Senator Kamal Shah opened his campaign in Dunmore on Monday. He promised lower rents.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"director of a field", `Shah campaign director of communications Tomas Osei was angry about the coverage of the launch.`, "Osei", "Tomas Osei"},
		{"head of a field of two words", `Shah campaign head of digital media Tomas Osei was angry about the coverage of the launch.`, "Osei", "Tomas Osei"},
		{"a role with no field still works", `Shah campaign chairman Tomas Osei was angry about the coverage of the launch.`, "Osei", "Tomas Osei"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, "printed a rumour", c.speaker, intro, c.para, `“We gave the press a full plan and they printed a rumour,” he said.`)
		})
	}
}
