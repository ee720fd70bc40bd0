package analysis

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleOnlyIsNoPerson: an office's title the tagger cut from the name
// after it ("Chief Financial Officer, Ana Ruiz") names no one.
func TestTitleOnlyIsNoPerson(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"The firm's Chief Financial Officer, Ilse Marrow, said costs had risen.", []string{"Ilse Marrow"}},
		{"The board's Executive Director said costs had risen, and Ilse Marrow agreed.", []string{"Ilse Marrow"}},
		{"Tomas Brandt, the Deputy Minister, said costs had risen.", []string{"Tomas Brandt"}},
		{"Critics likened Ilse Marrow to the former Ohio Republican Governor, Tomas Brandt.", []string{"Ilse Marrow", "Tomas Brandt"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}

// TestTitleOnlyWords: a place and a party before an office's noun are
// words of its title ("Ohio Republican Governor"); a name before it is
// not ("Ilse Governor").
func TestTitleOnlyWords(t *testing.T) {
	cases := []struct {
		text, span string
		want       bool
	}{
		{"Critics likened her to the former Ohio Republican Governor, Tomas Brandt.", "Ohio Republican Governor", true},
		{"The Chief Operating Officer, Tomas Brandt, said so.", "Operating Officer", true},
		{"Critics likened her to Ilse Marrow Governor of the bank.", "Ilse Marrow Governor", false},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		at := strings.Index(a.Text, c.span)
		ts, te := -1, -1
		for k, tok := range tz.toks {
			if tok.Start == at {
				ts = k
			}
			if tok.End == at+len(c.span) {
				te = k + 1
			}
		}
		if ts < 0 || te < 0 {
			t.Fatalf("%q: no tokens for %q", c.text, c.span)
		}
		if got := titleOnly(tz, ts, te); got != c.want {
			t.Errorf("%q: titleOnly(%q) = %v, want %v", c.text, c.span, got, c.want)
		}
	}
}
