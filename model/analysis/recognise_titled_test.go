package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestTitleThenName: a title and a name the tagger ran into one body's
// name give the person, the title left out; bodies that open with a title
// word keep it.
func TestTitleThenName(t *testing.T) {
	cases := []nameCase{
		{"state representative", []string{"Back home, a quieter budget is the last thing state Representative Karlee Marrow, a Democrat, wants to hear about."},
			"", []string{"Karlee Marrow"}, []string{"Representative Karlee Marrow"}},
		{"a justice", []string{"The court was split, and Justice Scalvane wrote the dissent that Justice Brennock joined."},
			"", []string{"Scalvane"}, []string{"Justice Scalvane"}},
		{"a middle initial", []string{"The court was split, and Justice Anselm K. Brennock wrote the dissent."},
			"", []string{"Anselm K. Brennock"}, []string{"Justice Anselm"}},
		{"a body", []string{"Shares of Captain Foods fell in Dunmore on Monday."},
			"", nil, []string{"Foods"}},
	}
	runNameCases(t, cases)
}

// TestOfficeName: "Secretary of <department>" is a title, and the name
// after it a person's, however the tagger ran the department into it.
func TestOfficeName(t *testing.T) {
	cases := []nameCase{
		{"secretary of state", []string{"Former Secretary of State Colm Pevell said the server was a mistake."},
			"", []string{"Colm Pevell"}, []string{"State Colm Pevell", "State"}},
		{"secretary of defense", []string{"Former Secretary of Defense Leonid Panvetta told the panel that the war was lost."},
			"", []string{"Leonid Panvetta"}, []string{"Defense Leonid Panvetta", "Defense"}},
	}
	runNameCases(t, cases)
}

// TestBodyTitleNames: a body's name the tagger ran on over a title and a
// person's whole name gives the body and the person, the title left out.
func TestBodyTitleNames(t *testing.T) {
	tz := tokenizeText("Critics urged Dunmore Attorney General Loretta Holm to resign. " +
		"The union's Director of Public Affairs Phil Brandt said no. " +
		"The Dunmore Museum of Modern Art Loretta Wing opened. " +
		"Westfield Attorney General Ivo Brandt Foundation grew.")
	var raw []rawMention
	for k, tk := range tz.toks {
		switch tk.text {
		case "Dunmore", "Westfield":
			e := k
			for tz.toks[e].capital || tz.toks[e].low == "of" {
				e++
			}
			raw = append(raw, rawMention{ts: k, te: e, typ: model.Organization})
		case "Director":
			raw = append(raw, rawMention{ts: k, te: k + 6, typ: model.Organization})
		}
	}
	var got []string
	for _, r := range bodyTitleNames(tz, raw) {
		var w []string
		for k := r.ts; k < r.te; k++ {
			w = append(w, tz.toks[k].text)
		}
		got = append(got, r.typ.String()+" "+strings.Join(w, " "))
	}
	want := []string{"organization Dunmore", "person Loretta Holm", "person Phil Brandt",
		"organization Dunmore Museum of Modern Art Loretta Wing", "organization Westfield Attorney General Ivo Brandt Foundation"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestBodyTitleNamesInText: the split above, as the recogniser makes it
// of the tagger's mentions.
func TestBodyTitleNamesInText(t *testing.T) {
	cases := []nameCase{
		{"an attorney general", []string{"McCrain called for the impeachment of U.S. Attorney General Loretta Hollins following news that the Department of Justice would not act."},
			"", []string{"Loretta Hollins"}, []string{"U.S. Attorney General Loretta Hollins"}},
		{"a director of an office", []string{"Many miners will likely sit out the election altogether, UMWA Director of Government Affairs Phil Smythe said."},
			"", []string{"Phil Smythe"}, []string{"UMWA Director of Government Affairs Phil Smythe"}},
	}
	runNameCases(t, cases)
}

// TestTitledOfPlace: "<Title> <Name> of <Place>" run into one body's name
// gives the person and the place, the title left out; a body after "of"
// keeps the whole.
func TestTitledOfPlace(t *testing.T) {
	tz := tokenizeText("In January, the party chairwoman, Representative Debra Wasserfeld of Dunmore, appointed them. " +
		"Director Ada Holm of Dunmore College spoke. Representative Ivo Brandt of Westfield University came.")
	var raw []rawMention
	for k, tk := range tz.toks {
		if tk.text == "Representative" || tk.text == "Director" {
			e := k
			for tz.toks[e].capital || tz.toks[e].low == "of" {
				e++
			}
			raw = append(raw, rawMention{ts: k, te: e, typ: model.Organization})
		}
	}
	var got []string
	for _, r := range titledOfPlace(tz, raw) {
		var w []string
		for k := r.ts; k < r.te; k++ {
			w = append(w, tz.toks[k].text)
		}
		got = append(got, r.typ.String()+" "+strings.Join(w, " "))
	}
	want := []string{"person Debra Wasserfeld", "place Dunmore", "organization Director Ada Holm of Dunmore College",
		"organization Representative Ivo Brandt of Westfield University"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	runNameCases(t, []nameCase{{"in text", []string{"In January, the party chairwoman, Representative Debra Wasserfeld of Florida, appointed dozens of allies to the panel."},
		"", []string{"Debra Wasserfeld"}, []string{"Representative Debra Wasserfeld of Florida"}}})
}
