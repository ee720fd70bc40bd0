package analysis

import "testing"

// TestDeclinesComment: a person whose clause tells they would not speak
// ("did not respond to a request for comment", "declined to comment",
// "could not be reached") weighs little in the chains, so the he or she
// of the quotation after goes on with the person who speaks; a refusal
// the sentence goes on from ("has not responded, although he …") keeps
// its weight.
func TestDeclinesComment(t *testing.T) {
	const minister = "Finance Minister Baraka Odhiambo wants half of the revenue saved. “We cannot borrow against it,” he said."
	runSpeakerCases(t, []speakerCase{
		{"did not respond", []string{minister,
			"Odhiambo later played down the quarrel. Juma Karanja, who chairs the budget committee, did not respond to a request for comment.",
			"“The fund is not a budget line,” he said."}, "budget line", "Baraka Odhiambo"},
		{"declined to comment", []string{minister,
			"Odhiambo later played down the quarrel. The committee chairman, Juma Karanja, declined to comment.",
			"“The fund is not a budget line,” he said."}, "budget line", "Baraka Odhiambo"},
		{"could not be reached", []string{minister,
			"Odhiambo later played down the quarrel. Juma Karanja could not immediately be reached on Friday.",
			"“The fund is not a budget line,” he said."}, "budget line", "Baraka Odhiambo"},
		{"a refusal the sentence goes on from", []string{minister,
			"Odhiambo later played down the quarrel. Juma Karanja has not responded to the remarks, although he kept up his attacks online.",
			"“The fund is a fantasy,” he wrote."}, "fantasy", "Juma Karanja"},
	})
}

// TestDeclinesCommentShapes reads the clause after each name.
func TestDeclinesCommentShapes(t *testing.T) {
	cases := []struct {
		para   string
		silent bool
	}{
		{"Juma Karanja did not respond to a request for comment. “No,” Odhiambo said.", true},
		{"Juma Karanja, who chairs the committee, declined to comment. “No,” Odhiambo said.", true},
		{"Juma Karanja was not available for comment on Friday. “No,” Odhiambo said.", true},
		{"Juma Karanja did not return calls. “No,” Odhiambo said.", true},
		{"Juma Karanja responded within an hour. “No,” Odhiambo said.", false},
		{"Juma Karanja did not say when the vote would come. “No,” Odhiambo said.", false},
		{"Juma Karanja has not responded, although he posted online. “No,” Odhiambo said.", false},
	}
	for _, c := range cases {
		a := article(c.para)
		tz := Default().prepare(a)
		at := newAttributor(a, tz)
		if at == nil {
			tz.release()
			t.Fatalf("no quotation in %q", c.para)
		}
		found := false
		for s := range at.tz.toks {
			if ei := at.ment[s]; ei >= 0 && at.mstart[s] == s && a.Entities[ei].Name == "Juma Karanja" {
				found = true
				if got := at.declinesComment(at.mend[s]); got != c.silent {
					t.Errorf("%q: declines %v, want %v", c.para, got, c.silent)
				}
				break
			}
		}
		tz.release()
		if !found {
			t.Errorf("no Juma Karanja in %q", c.para)
		}
	}
}
