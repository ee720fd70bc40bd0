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

// TestMayHoldCompound: every text with a token that compoundName takes
// is one mayHoldCompound lets through, whatever the case; texts without
// the shape are not.
func TestMayHoldCompound(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Inzamam-ul-Haq scored.", true}, {"INZAMAM-UL-HAQ SCORED", true}, {"Ata-ur-Rehman and Salah-ud-Din.", true},
		{"Jamaat-us-Sunnah", true}, {"a follow-up and a run-up to the lock-up", false}, {"", false}, {"-", false},
		{"ends with -ul", false}, {"-u-", false}, {"x-u--", true}, {"Ali-Ur-Rehman", true},
	}
	for _, c := range cases {
		if got := mayHoldCompound(c.text); got != c.want {
			t.Errorf("mayHoldCompound(%q) = %v, want %v", c.text, got, c.want)
		}
		tz := tokenizeText(c.text)
		for k := range tz.toks {
			if compoundName(tz.toks[k].low) && !mayHoldCompound(tz.text) {
				t.Errorf("%q: token %q is a compound name, but the text was passed over", c.text, tz.toks[k].text)
			}
		}
	}
	for _, text := range skipTexts {
		tz := tokenizeText(text)
		for k := range tz.toks {
			if compoundName(tz.toks[k].low) && !mayHoldCompound(tz.text) {
				t.Errorf("%q: token %q is a compound name, but the text was passed over", text, tz.toks[k].text)
			}
		}
	}
}

// TestHyphenBeforeCapital: every text with a name word in lower case is
// one hyphenBeforeCapital lets through, capitals beyond ASCII too; texts
// whose hyphens have no capital after them are not.
func TestHyphenBeforeCapital(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"President Bashar al-Assad spoke.", true}, {"Abdel Fattah el-Sisi", true}, {"bin-Salman", true},
		{"a well-known, self-made man", false}, {"", false}, {"-", false}, {"ends -", false}, {"al-Ōmura", true},
		{"de-Ñores", true}, {"anti-ñ", false}, {"x-\u00e9", false}, {"The mid-March pro-Trump rally", true},
	}
	for _, c := range cases {
		if got := hyphenBeforeCapital(c.text); got != c.want {
			t.Errorf("hyphenBeforeCapital(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	texts := []string{"They met al-Assad and el-Sisi; ibn-Ōmar came.", "no such word here, a well-made one"}
	for _, c := range cases {
		texts = append(texts, c.text)
	}
	for _, text := range append(texts, skipTexts...) {
		tz := tokenizeText(text)
		for k := range tz.toks {
			if tok := &tz.toks[k]; !tok.capital && hasHyphen(tok.text) && tok.isNameWord() && !hyphenBeforeCapital(tz.text) {
				t.Errorf("%q: %q is a name word in lower case, but the text was passed over", text, tok.text)
			}
		}
	}
}
