package analysis

import "testing"

// TestCompoundKinGender: "her brother-in-law, …", "his stepdaughter, …"
// tell the relative's gender as "her brother" does, so a pronoun of the
// other gender after them goes back to the person the story is about
// (compoundKinGender, coref46_kin.go).
func TestCompoundKinGender(t *testing.T) {
	for w, g := range map[string]string{"brother-in-law": "m", "grandson": "m", "stepmother": "f", "half-sister": "f",
		"great-grandfather": "m", "daughter-in-law": "f", "ex-wife": "f", "grandstand": "", "stepping": "", "law": ""} {
		if got := describedGender(w); got != g {
			t.Errorf("describedGender(%q) = %q, want %q", w, got, g)
		}
	}
	runSpeakerCases(t, []speakerCase{
		{"a brother-in-law, then she", []string{
			"QUITO - Flower growers north of the capital say a frost has cost them a month of sales.",
			"Yupanqui Tenesaca, who grows roses near Cayambe, lost half her beds on Friday. Her brother-in-law, Chasqui Tenesaca, who farms the next plot, said the damage was smaller there.",
			"“Nobody will insure us now,” she said.",
		}, "insure us", "Yupanqui Tenesaca"},
		{"a stepdaughter, then he", []string{
			"MAPUTO - Cashew buyers have left the northern markets early this year.",
			"Chissano Mabote sells nuts at the market in Nampula. His stepdaughter, Zawadi Mabote, who keeps the accounts, said sales had halved.",
			"“I have never seen it this quiet,” he said.",
		}, "this quiet", "Chissano Mabote"},
	})
}
