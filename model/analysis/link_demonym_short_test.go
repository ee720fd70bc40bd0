package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDemonymNotShortName: a nationality or a party's adjective alone
// ("German exporters", "a Republican senator") is no short name for the
// organisation whose name it opens ("the German Council on Trade", "the
// Republican Party"); the organisation's own head word alone still is.
func TestDemonymNotShortName(t *testing.T) {
	cases := []struct {
		paras []string
		org   string // the organisation
		want  int    // its mentions
	}{
		{[]string{"The German Council on Trade met in Bonn on Monday.", "Several German exporters said the tariffs hurt them.", "German officials agreed."},
			"German Council", 1},
		{[]string{"The Republican Party chose its candidate in July.", "A Republican senator, Ada Holm, voted against the bill."},
			"Republican Party", 1},
		{[]string{"The Halvard Shipping Council met on Monday.", "The Council said fares would rise."},
			"Halvard Shipping Council", 2},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		if got := mentionCount(a, c.org, model.Organization); got != c.want {
			t.Errorf("%q: %q has %d mentions, want %d (%v)", c.paras, c.org, got, c.want, a.Entities)
		}
	}
}
