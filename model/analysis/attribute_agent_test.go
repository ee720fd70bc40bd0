package analysis

import "testing"

// TestPassiveAgent: the words a passive verb of calling gives a thing
// belong to the agent after "by", not to the sentence's subject.
func TestPassiveAgent(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker, rule string
	}{
		{"described as, by after", "The Holm movement has been described as “deliberately vague about its aims” by Ola Brandt, a historian at Vell College.", "deliberately vague", "Ola Brandt", "passive-agent"},
		{"labeled as, between dashes", "Tomas Brandt defended the harbour inquiry — often labeled as a “witch hunt” by critics — on Monday.", "witch hunt", "critics", "passive-agent"},
		{"known by X as", "Ilse Varga put her hand on the mayor's shoulder in what would come to be derisively known by some councillors as a “hug” for years.", "hug", "some councillors", "passive-agent"},
		// regressions: the active verb's subject, and a tag after the quotation
		{"active", "Ilse Varga called the plan “a disgrace to the harbour” on Monday.", "a disgrace", "Ilse Varga", "tag-before"},
		{"a tag after", "The plan was described as “a disgrace to the harbour,” Ilse Varga said.", "a disgrace", "Ilse Varga", "tag-after"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeakerBy(t, c.quote, c.speaker, c.rule, c.para) })
	}
}
