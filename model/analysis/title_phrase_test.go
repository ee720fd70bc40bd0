package analysis

import "testing"

// TestHeadBeforeTitle: a speaker phrase after an inverted tag that ends in
// a title in quotation marks speaks as its head before the preposition.
func TestHeadBeforeTitle(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"authors of a titled report", `“If we want young sailors to back us, we have to meet them,” wrote the authors of the “Harbour Renewal Plan,” giving the ferry as an example.`, "young sailors", "the authors"},
		{"author of a titled book", `“The quay was never safe,” said the author of “Marrow Tides,” a memoir.`, "never safe", "the author"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestReporterBeforeTitledBody: the reporter of "X claimed that <body>
// <title> Y had called it “…”" keeps the account when a body qualifies
// Y's title, as with a bare title.
func TestReporterBeforeTitledBody(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"body before the title", `Ilse Varga said that VBC Director Tomas Osei had called her statements “truthful” in May.`, "truthful", "Ilse Varga"},
		{"title alone", `Ilse Varga said that Director Tomas Osei had called her statements “truthful” in May.`, "truthful", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
