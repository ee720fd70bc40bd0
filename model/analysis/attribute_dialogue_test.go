package analysis

import "testing"

// TestSplitHalfHasNoDialogueTag: the second half of a quotation split by
// its tag goes on with that tag's speaker; a sentence that opens with a
// name after it is no dialogue tag of its own.
func TestSplitHalfHasNoDialogueTag(t *testing.T) {
	cases := []struct {
		paras          []string
		quote, speaker string
	}{
		{[]string{"Ilse Varga marked the fair online. “Happy harvest!,” she wrote. “The best bread is baked in Holm!” Tomas Brandt baked most of the loaves."}, "best bread", "Ilse Varga"},
		{[]string{"Ilse Varga named her favourite show. “‘Harbour Lights,’” she said, “though I have not seen the last season!” Netvell streams it."}, "last season", "Ilse Varga"},
		// regression: a quotation with no tag before it keeps its dialogue tag
		{[]string{"The crowd waited. “Not again!” Tomas Brandt groaned."}, "Not again", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.paras[0], func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.paras...) })
	}
}

// TestIntroducedQuoteHasNoDialogueTag: a quotation its own speech verb
// introduces with a colon or a comma is that verb's subject's; the
// sentence after it, whatever its verb, is no dialogue tag of it.
func TestIntroducedQuoteHasNoDialogueTag(t *testing.T) {
	cases := []struct {
		paras          []string
		quote, speaker string
	}{
		{[]string{"Ilse Varga, exasperated, famously responded: “What difference does it make now?” Her critics cited it as proof that she did not care."}, "What difference", "Ilse Varga"},
		{[]string{"Tomas Brandt wrote to Ilse Varga after the storm, telling her, “you are an all-star and we need you!” She replied that it was an honour to serve."}, "all-star", "Tomas Brandt"},
		{[]string{"Ilse Varga answers Tomas Brandt with, “Why now? Was that on my way to Holm?” Brandt then writes back."}, "Why now", "Ilse Varga"},
		// regressions: no speech verb before it, the tag after answers
		{[]string{"At the quay, “Not again!” Tomas Brandt groaned."}, "Not again", "Tomas Brandt"},
		{[]string{"“Are we done?” Ilse Varga asked the board."}, "Are we done", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.paras[0], func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.paras...) })
	}
}

// TestShortTag: a name and a verb in -ed right after a quotation, either
// way round, are its tag however short the words ("“Rubbish,” fumed Tom
// Tilley"); a one-word title followed by anything else gets no speaker.
func TestShortTag(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"verb first", `“Rubbish,” fumed Tomas Brandt.`, "Rubbish", "Tomas Brandt"},
		{"name first", `“Nonsense,” Ann Reed sniffed.`, "Nonsense", "Ann Reed"},
		{"title then a clause", `“Tidewater,” published in May, sold well on the quay.`, "Tidewater", ""},
		{"name first, clause goes on", `“Tidewater,” Ann Reed published in May, sold well.`, "Tidewater", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
