package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestNameApostrophes pins how names with apostrophes are cut into words,
// by the scanner and by the index's fast path alike: an apostrophe inside
// a name stays in it (O'Neil, N’Golo, D’Souza, Ng'ang'a, Hawaiʻi with its
// ʻokina), a Luo name keeps its closing one (Ochieng', Achieng’), and a
// possessive's or a closing single mark's is a word of its own as before.
func TestNameApostrophes(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Opiyo Ochieng' said", []string{"Opiyo", "Ochieng'", "said"}},
		{"Achieng’ Atieno, 41, said", []string{"Achieng’", "Atieno", ",", "41", ",", "said"}},
		{"met Oduong'.", []string{"met", "Oduong'", "."}},
		{"Ochieng's farm", []string{"Ochieng", "'s", "farm"}},
		{"Jones' car", []string{"Jones", "'", "car"}},
		{"Jones’ car and Trump’s plan", []string{"Jones", "’", "car", "and", "Trump", "’s", "plan"}},
		{"O'Neil and O’Neil", []string{"O'Neil", "and", "O’Neil"}},
		{"N’Golo Kanté and Mary D’Souza", []string{"N’Golo", "Kanté", "and", "Mary", "D’Souza"}},
		{"Mary Ng'ang'a left", []string{"Mary", "Ng'ang'a", "left"}},
		{"Leilani Kaʻahumanu of Hawaiʻi", []string{"Leilani", "Kaʻahumanu", "of", "Hawaiʻi"}},
		// a single mark closing a quotation after a word in -ng, and an
		// elision, are no Luo names
		{"'We keep trying' he said", []string{"'", "We", "keep", "trying", "'", "he", "said"}},
		{"'back to Hong Kong' he said", []string{"'", "back", "to", "Hong", "Kong", "'", "he", "said"}},
		{"'Among' is a word", []string{"'", "Among", "'", "is", "a", "word"}},
		{"'We loved Armstrong' he said", []string{"'", "We", "loved", "Armstrong", "'", "he", "said"}},
		{"nothin' doing", []string{"nothin", "'", "doing"}},
	}
	for _, c := range cases {
		sp := model.Span{End: len(c.text)}
		var slow, fast []string
		tokenize(c.text, sp, func(s, e int) { slow = append(slow, c.text[s:e]) })
		for _, k := range scanTokens(nil, c.text, 0, len(c.text)) {
			fast = append(fast, c.text[k.s:k.e])
		}
		if !slices.Equal(slow, c.want) || !slices.Equal(fast, c.want) {
			t.Errorf("%q:\nscanner %q\n  index %q\n   want %q", c.text, slow, fast, c.want)
		}
	}
}
