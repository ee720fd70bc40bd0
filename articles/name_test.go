package articles

import (
	"math/rand"
	"path"
	"regexp"
	"testing"
)

// The expressions FromName once used, as the reference for its scan.
var (
	refNameDate   = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)(-?)(0[1-9]|1[0-2])(-?)(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)
	refNameSource = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9-]{0,23})_(?:19|20)\d\d-?\d\d-?\d\d`)
)

func refFromName(name string) (date, source string) {
	base := path.Base(filepathSlash(name))
	if m := refNameDate.FindStringSubmatch(base); m != nil && m[2] == m[4] {
		date = m[1] + "-" + m[3] + "-" + m[5]
	}
	if m := refNameSource.FindStringSubmatch(base); m != nil {
		source = m[1]
	}
	return date, source
}

func TestFromName(t *testing.T) {
	for _, c := range []struct{ name, date, source string }{
		{"nyt_2016-09-19_slug.txt", "2016-09-19", "nyt"},
		{"dir/breitbart_20151111_x.txt", "2015-11-11", "breitbart"},
		{"report-2016-0919.md", "", ""},
		{"x12016-09-19.txt", "", ""},
		{"2016-09-19", "2016-09-19", ""},
		{"a_2016-13-01 2016-01-02", "2016-01-02", "a"}, // the first date out of range is passed over
		{"no date here.txt", "", ""},
		{"a-very-long-source-name-of-it_2016-09-19.txt", "2016-09-19", ""},
		{`c:\news\ap_1999-12-31.txt`, "1999-12-31", "ap"},
	} {
		if d, s := FromName(c.name); d != c.date || s != c.source {
			t.Errorf("FromName(%q) = %q, %q; want %q, %q", c.name, d, s, c.date, c.source)
		}
	}
}

// The scan agrees with the expressions on names made of the pieces that
// matter: digits, dashes, underscores, letters, other runes.
func TestFromNameMatchesExpressions(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"0", "1", "2", "9", "19", "20", "2016", "1999", "-", "_", "a", "Z", "é", " ", ".", "/", "12", "31", "32", "00", "13", "01"}
	for n := 0; n < 200_000; n++ {
		var b []byte
		for k := rng.Intn(12); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		name := string(b)
		d, s := FromName(name)
		if rd, rs := refFromName(name); d != rd || s != rs {
			t.Fatalf("FromName(%q) = %q, %q; the expressions say %q, %q", name, d, s, rd, rs)
		}
	}
}
