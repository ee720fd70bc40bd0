package analysis

import "testing"

// TestWritesForm holds writesForm to a walk over the tokens, for the words
// the passes ask and words written in other cases or not at all.
func TestWritesForm(t *testing.T) {
	a := article("Pol Gen Ana Reed visited St Kessock's College and ST. Brannoc's Hospital; Saint Ivo wrote to @annreed.",
		"The gen. said POL was fine.")
	p := Default()
	tz := p.prepare(a)
	defer tz.release()
	for _, w := range []string{"@", "st", "st.", "saint", "pol", "gen", "gen.", "(", "reed", "Reed", "kessock's", "kessock",
		"'s", "college", "x", "", "annreed", "hospital;", "ivo"} {
		want := false
		for k := range tz.toks {
			want = want || tz.toks[k].low == w
		}
		if got := writesForm(tz, w); got != want {
			t.Errorf("writesForm(%q) = %v, want %v", w, got, want)
		}
	}
}
