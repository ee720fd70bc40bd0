package analysis

import "testing"

// TestJuryHead: a jury speaks through its citations as a panel does,
// past a participle phrase set off after it (coref45_heads.go).
func TestJuryHead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the jury, headed by …", []string{
			"The film won the top prize at the Dunmore festival on Saturday.",
			"The jury, headed by veteran cinematographer Dariush Farahani, praised the film’s “restraint and moral clarity.”",
		}, "moral clarity", "the jury"},
	})
}
