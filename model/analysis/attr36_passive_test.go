package analysis

import "testing"

// TestPassiveSpeechVerb: the subject of a speech verb in the passive is the
// one the words are about, never their speaker; a verb of saying before it
// still speaks, and "is reported to have called" keeps its subject.
func TestPassiveSpeechVerb(t *testing.T) {
	intro := `Ann Reed, a former harbour clerk, gave evidence on Tuesday against Tomas Brandt, who ran the ferry company.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a participle after had been", `At the company Reed had been dismissed as “a troublemaker” by then.`, "troublemaker", ""},
		{"praised as", `At the hearing Reed was praised as “a model employee” for years.`, "model employee", ""},
		{"a speech verb before it", `Brandt suggested Reed had been dismissed for poor timekeeping and was “settling scores”.`, "settling scores", "Tomas Brandt"},
		{"reported to have", `Brandt is reported to have called the ferry “a floating coffin” in May.`, "floating coffin", "Tomas Brandt"},
		{"active", `Reed dismissed the ferry as “a floating coffin” in May.`, "floating coffin", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
