package analysis

import "testing"

// TestTitleThenName: a title and a name the tagger ran into one body's
// name give the person, the title left out; bodies that open with a title
// word keep it.
func TestTitleThenName(t *testing.T) {
	cases := []nameCase{
		{"state representative", []string{"Back home, a quieter budget is the last thing state Representative Karlee Marrow, a Democrat, wants to hear about."},
			"", []string{"Karlee Marrow"}, []string{"Representative Karlee Marrow"}},
		{"a justice", []string{"The court was split, and Justice Scalvane wrote the dissent that Justice Brennock joined."},
			"", []string{"Scalvane"}, []string{"Justice Scalvane"}},
		{"a middle initial", []string{"The court was split, and Justice Anselm K. Brennock wrote the dissent."},
			"", []string{"Anselm K. Brennock"}, []string{"Justice Anselm"}},
		{"a body", []string{"Shares of Captain Foods fell in Dunmore on Monday."},
			"", nil, []string{"Foods"}},
	}
	runNameCases(t, cases)
}

// TestOfficeName: "Secretary of <department>" is a title, and the name
// after it a person's, however the tagger ran the department into it.
func TestOfficeName(t *testing.T) {
	cases := []nameCase{
		{"secretary of state", []string{"Former Secretary of State Colm Pevell said the server was a mistake."},
			"", []string{"Colm Pevell"}, []string{"State Colm Pevell", "State"}},
		{"secretary of defense", []string{"Former Secretary of Defense Leonid Panvetta told the panel that the war was lost."},
			"", []string{"Leonid Panvetta"}, []string{"Defense Leonid Panvetta", "Defense"}},
	}
	runNameCases(t, cases)
}
