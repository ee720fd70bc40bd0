package analysis

import (
	"strings"
	"testing"
)

// TestDescribedSpeaker: a definite description of one person as the
// speaker names the person it means, by the role the article gave them or
// as the one person the passage is about, and stays as written when
// nothing decides (coref_describe.go).
func TestDescribedSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// the role was given to a named person
		{"title before the name, place after the role", []string{
			"Sen. Priya Shah of Dunmore toured the harbour on Monday with the mayor.",
			"The fishermen showed her the new quay.",
			"“The quay will stand for a century,” the senator from Dunmore said.",
		}, "century", "Priya Shah"},
		{"apposition with a place", []string{
			"Ilse Varga, a Dunmore senator, opened the ferry line on Monday.",
			"The fishermen watched from the quay.",
			"“The line is a promise kept,” the Dunmore senator said.",
		}, "promise", "Ilse Varga"},
		{"the latest holder wins", []string{
			"Sen. Ilse Varga of Holm spoke first at the hearing.",
			"Then Sen. Priya Shah of Holm took the floor, and the mayor answered her.",
			"“The harbour is no business of the council,” the senator from Holm said.",
		}, "council", "Priya Shah"},
		{"former and an office", []string{
			"Former Secretary of State Ilse Varga and Gov. Priya Shah met the fishermen in Holm.",
			"The fishermen asked about the quay.",
			"“I signed the treaty that built it,” the former secretary of state said.",
		}, "treaty", "Ilse Varga"},
		{"an age", []string{
			"Ilse Varga, 68, has run the Holm ferry for forty years.",
			"Her brother Tomas Osei sold his boat in May.",
			"“The sea gives and takes,” the 68-year-old said.",
		}, "sea gives", "Ilse Varga"},
		// the one person the passage is about
		{"the subject of the sentence before", []string{
			"Tomas Osei spoke to the crowd in Holm on Monday.",
			"He said the ferry would run again by June.",
			"Osei promised a new quay.",
			"“It will be the finest on the coast,” the businessman said.",
		}, "finest", "Tomas Osei"},
		{"the speaker of the quotation before", []string{
			"Priya Shah spoke at the Holm town hall on Monday.",
			"“We will rebuild the quay,” Shah said. “Every plank of it.”",
			"“The harbour is the town,” the candidate added.",
		}, "harbour is", "Priya Shah"},
		{"a subject after an opening phrase without a comma", []string{
			"Priya Shah spoke at the Holm town hall on Monday.",
			"On Monday evening Priya Shah thanked the crews of the ferry.",
			"“The harbour is the town,” said the candidate.",
		}, "harbour is", "Priya Shah"},
		{"a subject after a name in an opening phrase", []string{
			"Priya Shah spoke at the Holm town hall on Monday.",
			"One month after her talks with Tomas Osei, Priya Shah still wants a new quay.",
			"“The harbour is the town,” said the Dunmore senator.",
		}, "harbour is", "Priya Shah"},
		{"a secretary of state is no one's agent", []string{
			"Ilse Varga flew to Holm on Monday.",
			"One week after the storm, Ilse Varga still wants a new quay.",
			"“The sea is our road,” the former secretary of state said.",
		}, "sea is", "Ilse Varga"},
		// nothing decides: the description stays
		{"another person only as an object", []string{
			"Tomas Osei met the fishermen in Holm on Monday.",
			"Osei praised Priya Shah for the new quay.",
			"“It is the finest on the coast,” the businessman said.",
		}, "finest", "Tomas Osei"},
		{"a leader of any office", []string{
			"President Ivan Petrov flew to Holm on Monday.",
			"Petrov opened the new quay.",
			"“The sea is our road,” the Vellish leader said.",
		}, "sea is", "Ivan Petrov"},
		{"another person in the passage", []string{
			"Tomas Osei spoke in Holm on Monday.",
			"Osei and Priya Shah toured the quay.",
			"“The quay is a scandal,” the candidate said.",
		}, "scandal", "the candidate"},
		{"named once", []string{
			"Tomas Osei opened the hearing in Holm on Monday.",
			"“The quay is a scandal,” the candidate said.",
		}, "scandal", "the candidate"},
		{"the gender disagrees", []string{
			"Tomas Osei spoke to the crowd in Holm on Monday.",
			"He said the ferry would run again by June.",
			"Osei promised a new quay.",
			"“It will be the finest on the coast,” the congresswoman said.",
		}, "finest", "the congresswoman"},
		{"someone else's agent", []string{
			"Tomas Osei spoke to the crowd in Holm on Monday.",
			"He said the ferry would run again by June.",
			"Osei promised a new quay.",
			"“It will be the finest on the coast,” the spokesman said.",
		}, "finest", "the spokesman"},
		{"the holder is not whom the passage is about", []string{
			"Sen. Priya Shah opened the hearing in Holm on Monday.",
			"Tomas Osei spoke for the fishermen.",
			"Osei wants a new quay by June.",
			"“The council has failed us,” the senator said.",
		}, "failed us", "the senator"},
	})
}

// TestDescribedSpeakerLink: the quotation a description speaks is linked
// to the person it means, so the person's page lists it; the mention
// stays on the description.
func TestDescribedSpeakerLink(t *testing.T) {
	a := article(
		"Tomas Osei spoke to the crowd in Holm on Monday.",
		"Osei promised a new quay.",
		"“It will be the finest on the coast,” the businessman said.",
	)
	Analyze(a)
	for _, q := range a.Quotes {
		if !strings.Contains(q.Text, "finest") {
			continue
		}
		var id string
		for _, e := range a.Entities {
			if e.Name == "Tomas Osei" {
				id = e.ID
			}
		}
		if id == "" || q.SpeakerID != id {
			t.Errorf("speaker id %q, want Tomas Osei's %q", q.SpeakerID, id)
		}
		if got := a.Text[q.Attributed.Start:q.Attributed.End]; got != "the businessman" {
			t.Errorf("mention %q, want the description", got)
		}
		return
	}
	t.Fatal("no quotation")
}
