package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// A known given name that opens a sentence, before the surname the tagger
// found, is the person's, with given names of Africa, Asia and the Nordic
// countries known and those that are common words in English ("Precious",
// "Blessing"); a word that opens sentences is not.
func TestGivenNameOpeningASentence(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Tor Einar Brekke has fished the cold waters off the cape for thirty years."}, people: []string{"Tor Einar Brekke"}},
		{paras: []string{`Precious Ndlovu said the strike would go on. "We will not go back," Ndlovu said.`}, people: []string{"Precious Ndlovu"}},
		{paras: []string{"HARARE (Wire) — Blessing Chikore said the clinic had no gloves left."}, people: []string{"Blessing Chikore"}},
		{paras: []string{"Neither Ivo Reed nor his aides would say when the vote would be held."}, people: []string{"Ivo Reed"}},
		{paras: []string{"Even Ada Holm, who backed the plan, voted against it on Tuesday."}, people: []string{"Ada Holm"}},
	})
}

// A double-barrelled given name and the surname after it are a person's,
// however the tagger typed either; a body's head word after them keeps
// the body.
func TestDoubleBarrelledGivenName(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"The prize for best director went to Amir-Reza Tabrizian for his war drama."}, people: []string{"Amir-Reza Tabrizian"}},
		{paras: []string{"Best actress went to Marie-Laure Fontaine for her role."}, people: []string{"Marie-Laure Fontaine"}},
		{paras: []string{"The ruling was read out by Jean-Pierre Mbeki in the packed courtroom."}, people: []string{"Jean-Pierre Mbeki"}},
		{paras: []string{"The plane landed at Jean-Pierre Airport on Monday."}, people: nil},
	})
}

// A given name the recogniser missed after the full name is the person's;
// a word the article writes in lower case too is not.
func TestMissedGivenNameAfterTheFullName(t *testing.T) {
	cases := []struct {
		paras    []string
		person   string
		mentions int
	}{
		{[]string{"The shop's owner, Pranom Chaiwat, 58, said she was behind the counter when the man walked in.",
			"“I thought he would shoot,” Pranom said. “I told everyone to give him what he wanted.”"}, "Pranom Chaiwat", 2},
		{[]string{"The shop's owner, Sunee Kaewmanee, 58, said she was behind the counter when the man walked in.",
			"“I thought he would shoot,” Sunee said. “I told everyone to give him what he wanted.”"}, "Sunee Kaewmanee", 2},
		{[]string{"Will Tomlin, a farmer, said the rain came late.", "Will the council pay? Nobody will say."}, "Will Tomlin", 1},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		if got := mentionCount(a, c.person, model.Person); got != c.mentions {
			t.Errorf("%q: person %q has %d mentions, want %d (%v)", c.paras, c.person, got, c.mentions, a.Entities)
		}
	}
}
