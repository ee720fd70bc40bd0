package analysis

import "testing"

// TestPeoplePlural: a bare plural of people with a modifier before it
// speaks, whether or not its noun is a listed head; a plural of things
// does not.
func TestPeoplePlural(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"plural of agents", `Corporate lobbyists describe such work as “a different cup of tea” than the usual contracts.`, "cup of tea", "Corporate lobbyists"},
		{"body before the plural", `Tunnels are so common in Marrow that Harbour Patrol agents described the ground under the quay as “Swiss cheese.”`, "Swiss cheese", "Harbour Patrol agents"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
	if !peoplePlural("farmers") || peoplePlural("documents") || peoplePlural("numbers") {
		t.Error("peoplePlural: farmers are people, documents and numbers are not")
	}
}
