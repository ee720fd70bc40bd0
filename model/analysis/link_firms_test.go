package analysis

import (
	"slices"
	"testing"
)

// TestFirmContext: a name the recogniser took for a person's is a firm's
// where a mention stands after a role and "at", before a noun for a firm's
// staff or before "itself", unless a given name opens it, a title stands
// before it or, alone, it ends a person's fuller name.
func TestFirmContext(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string // every person entity, in order of first mention
	}{
		// the short form's place makes its full name a firm
		{[]string{"Cruz took loans from Dromsley Varkes and a rival bank.", "His wife is a managing director at Dromsley."},
			[]string{"Cruz"}},
		{[]string{"Ilse Marr said Tobbin Harrow executives met on Monday."}, []string{"Ilse Marr"}},
		{[]string{"Ilse Marr said Tobbin Harrow's shareholders met on Monday."}, []string{"Ilse Marr"}},
		{[]string{"Ilse Marr was wrong about Quarrel. Quarrel itself said the deal was on."}, []string{"Ilse Marr"}},
		{[]string{"Ilse Marr found a job at Tobbin Harrow last year."}, []string{"Ilse Marr"}},
		// a person all the same: a given name, a title, a fuller name
		{[]string{"Ilse Marr said Anna Harrow executives met on Monday."}, []string{"Ilse Marr", "Anna Harrow"}},
		{[]string{"Ilse Marr worked for Mr. Harrow. Harrow executives met on Monday."}, []string{"Ilse Marr", "Harrow"}},
		{[]string{"Otto Dromsley said he would retire. Ilse Marr was a director at Dromsley for years."}, []string{"Otto Dromsley", "Ilse Marr"}},
		// a politician's staff is no firm's
		{[]string{"Ilse Marr said Tobbin Harrow aides met on Monday."}, []string{"Ilse Marr", "Tobbin Harrow"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
