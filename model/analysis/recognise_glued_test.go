package analysis

import "testing"

// TestGluedWord: words a saved page ran together are told from names with
// capitals inside them.
func TestGluedWord(t *testing.T) {
	for w, want := range map[string]bool{
		"FlagShareLikeReplyAna": true, "10:01PMReed": true, "3M": false, "20th": false, "01PMReed": true, "BrandtJOAN": true,
		"McDonald": false, "DeLuca": false, "VanDerBeek": false, "McCAIN": false, "MacARTHUR": false,
		"O'Neary": false, "Reed": false, "REED": false, "LaToya": false, "1990s": false, "": false,
	} {
		if got := gluedWord(w); got != want {
			t.Errorf("gluedWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestGluedNames: a person's name stops at a word glued from a page's
// widgets, and a name that is only such words is none.
func TestGluedNames(t *testing.T) {
	cases := []nameCase{
		{"a comment's buttons after the name", []string{
			"The ferry left Dunmore at noon, Tomas Brandt FlagShareLikeReplyAna Marrow said in a post."},
			"", []string{"Tomas Brandt"}, []string{"Tomas Brandt FlagShareLikeReplyAna Marrow", "FlagShareLikeReplyAna Marrow"}},
		{"a time glued to a name", []string{
			"Posted at 9:26PMAda Holm Wins Harbour Vote", "Ada Holm, the mayor, said the vote was fair."},
			"", []string{"Ada Holm"}, []string{"26PMAda Holm", "26PMAda Holm Wins Harbour Vote"}},
	}
	runNameCases(t, cases)
}
