package analysis

import "testing"

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
