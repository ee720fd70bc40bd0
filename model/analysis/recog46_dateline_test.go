package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDatelineWithDate: a dateline's place in capitals, a region and a
// date after it before the agency, is one place however the tagger cut it.
func TestDatelineWithDate(t *testing.T) {
	cases := []struct{ paras []string }{
		{[]string{"PORT LOUIS, Mauritius, March 3 (Reuters) - Dockers walked out on Monday.", "“We want our pay,” said Ravi Ramdin, a union official."}},
		{[]string{"PORT VILA, Vanuatu, Jan. 21 (AFP) - Ferries stayed in port on Tuesday.", "“The sea is too rough,” said Kalo Tari, a captain."}},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		name, _, _ := strings.Cut(c.paras[0], ",")
		if mentionCount(a, name, model.Place) != 1 {
			t.Errorf("%q: no place %q (%v)", c.paras[0], name, a.Entities)
		}
	}
}
