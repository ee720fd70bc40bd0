package web

import "testing"

// A refresh's summary counts its items in words that agree with the count.
func TestSummaryCounts(t *testing.T) {
	cases := []struct {
		r    FeedResult
		want string
	}{
		{FeedResult{Items: 1, New: 1}, "1 item, 1 new"},
		{FeedResult{Items: 12, New: 0}, "12 items, 0 new"},
		{FeedResult{Items: 60, New: 50, Kept: 1, Duplicates: 2}, "60 items, 50 new, 1 older item left out (max_items), 2 repeated items dropped"},
		{FeedResult{NotModified: true}, "nothing new"},
	}
	for _, c := range cases {
		if got := summary(c.r); got != c.want {
			t.Errorf("summary(%+v) = %q, want %q", c.r, got, c.want)
		}
	}
}
