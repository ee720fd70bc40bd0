package analysis

import "testing"

// TestWritesClubLetters holds writesClubLetters to a walk over the tokens
// with clubNames' own test of club letters: an article it says has none
// has no token the test takes, and one it says has some has one written
// in some case.
func TestWritesClubLetters(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kessa United beat Vellport 2-1 on Saturday.", false},
		{"Dreams FC drew with Tamale.", true},
		{"Host Dreams FC.", true},
		{"Host Dreams F.C. won.", true},
		{"Host Dreams A.F.C. won.", true},
		{"Kessa SC drew with Vellport.", false},
		{"Partizan FK and Molde BK met AFC Ajax and CF Montréal.", true},
		{"The fc of the sk club.", true},
		{"Fc Kessa and F.c. Vell.", true},
		{"FCs and SKs, CFO and BKK.", false},
	} {
		a := article("A headline", c.text)
		p := Default()
		tz := p.prepare(a)
		club := clubLettersOf(tz, nil)
		walk, written := false, false
		for k := range tz.toks {
			walk = walk || club(tz.toks[k].text)
			for _, f := range clubLetterForms {
				written = written || tz.toks[k].low == f.w
			}
		}
		got := writesClubLetters(tz)
		for _, f := range clubLetterForms {
			if f.h != formHash(f.w) || f.pre != formPrefix(f.w) {
				t.Errorf("clubLetterForms: %q kept with a hash or prefix not its own", f.w)
			}
		}
		if got != c.want || got != written {
			t.Errorf("writesClubLetters(%q) = %v, want %v (a form written: %v)", c.text, got, c.want, written)
		}
		if walk && !got {
			t.Errorf("%q: the test of club letters takes a token, but writesClubLetters says none", c.text)
		}
		tz.release()
	}
}
