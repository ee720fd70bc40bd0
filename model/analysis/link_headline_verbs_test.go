package analysis

import (
	"slices"
	"testing"
)

// TestHeadlineVerbs: a verb or an adverb that a title in capitals puts
// right after a name ("Says", "Is", "Did", "Just") is no part of the
// person's name; a surname that is also a verb ("Will", "Read") stays.
func TestHeadlineVerbs(t *testing.T) {
	cases := []struct {
		paras []string
		want  []string
	}{
		{[]string{"Related: Ada Holmgren Says The Port Will Reopen In Spring", "Ada Holmgren spoke to reporters on Monday."},
			[]string{"Ada Holmgren"}},
		{[]string{"Tomas Okafor Just Vowed To Never Say These Two Words", "Tomas Okafor replied the next day."},
			[]string{"Tomas Okafor"}},
		{[]string{"Read more: Ines Marlow Did Not Cause The Crash", "Ines Marlow was cleared in May."},
			[]string{"Ines Marlow"}},
		{[]string{"No, Chief Justice Ada Holmgren Did Not Give Rise To The Crisis.", "Ada Holmgren has served since 2005."},
			[]string{"Ada Holmgren"}},
		{[]string{"The editorial, entitled “Mr. Okafor Is Not a Brave Truth-Teller,” ran on Sunday.", "Tomas Okafor replied."},
			[]string{"Tomas Okafor"}},
		{[]string{"The columnist George Will wrote that the plan would fail."}, []string{"George Will"}},
	}
	for _, c := range cases {
		got := peopleOf(article(c.paras...))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.want)
		}
	}
}
