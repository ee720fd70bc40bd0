package analysis

import "testing"

// TestTitleCaseNames: in a title-case line every word is capitalised, so
// a person there is only as long as the running text names them; a name
// the running text gives only by its surname keeps its given names.
func TestTitleCaseNames(t *testing.T) {
	story := func(head string) []string {
		return []string{"Ada Holm, the mayor of Dunmore, said on Monday that the harbour would stay open.", head,
			"Tomas Brandt, who runs the ferry line, said fares would rise."}
	}
	cases := []nameCase{
		{"a related story's title after a name", story("Ada Holm Just Revealed Who She Would Pick"),
			"", []string{"Ada Holm"}, []string{"Ada Holm Just Revealed"}},
		{"a verb after a name", story("Tomas Brandt Calls"),
			"", []string{"Tomas Brandt"}, []string{"Tomas Brandt Calls"}},
		{"two names and a verb", story("Tomas Brandt Denies Ada Holm"),
			"", []string{"Tomas Brandt", "Ada Holm"}, []string{"Tomas Brandt Denies Ada Holm"}},
		{"a noun after the name", story("Praises Tomas Brandt Donor"),
			"", []string{"Tomas Brandt"}, []string{"Tomas Brandt Donor"}},
		{"given names the running text leaves out", []string{
			"The ferry carried passengers from many countries.",
			"Ahmed al Sayeedi and Reham Mosad.",
			"Al Sayeedi and Mosad were returning home to Vellmouth after a month in Dunmore."},
			"", []string{"Ahmed al Sayeedi"}, nil},
	}
	runNameCases(t, cases)
}
