package analysis

import "testing"

// TestHyphenCursor holds hyphenCursor.within to the test nameCandidate
// made before it: a word not capitalised is a name word only where its
// span holds a hyphen before a capital, and the cursor answers as a scan
// of the whole text would, asked in text order, backwards or at random.
func TestHyphenCursor(t *testing.T) {
	texts := []string{"They met al-Assad and el-Sisi; ibn-Ōmar came.", "no such word here, a well-made one",
		"President Bashar al-Assad spoke.", "a well-known, self-made man", "de-Ñores and anti-ñ x-\u00e9 al-Ōmura",
		"The mid-March pro-Trump rally met bin-Salman-Al-Saud, -X and X-.", "-", "ends -", ""}
	texts = append(texts, skipTexts...)
	for _, text := range texts {
		tz := tokenizeText(text)
		old := func(s, e int) bool {
			for p := s; p < e && p+1 < len(text); p++ {
				if nextHyphenCapital(text, p) == p {
					return true
				}
			}
			return false
		}
		for _, order := range [][]int{nil, {1}, {-1}} {
			c := newHyphenCursor(text)
			n := len(tz.toks)
			for i := 0; i < 2*n; i++ {
				k := i % max(n, 1)
				if order != nil && order[0] < 0 {
					k = n - 1 - k
				} else if order != nil {
					k = (i * 7) % max(n, 1)
				}
				if n == 0 {
					break
				}
				tok := &tz.toks[k]
				got := c.within(tok.Start, tok.End)
				if got != old(tok.Start, tok.End) {
					t.Errorf("%q: within(%q) = %v, want %v", text, tok.text, got, !got)
				}
				if !tok.capital && hasHyphen(tok.text) && tok.isNameWord() && !got {
					t.Errorf("%q: %q is a name word in lower case, but the cursor passed it over", text, tok.text)
				}
				if tz.text[tok.Start:tok.End] != tok.text {
					t.Errorf("%q: token %q is not the text's bytes at its span", text, tok.text)
				}
			}
		}
	}
}
