package analysis

import "testing"

// TestInnerSurname: a one-word person that is an inner word of one full
// name is that person (a Spanish first surname, "Hernández" of "José Luis
// Hernández Villalobos"); a word two full names share joins neither.
func TestInnerSurname(t *testing.T) {
	a := analyse("Union leader José Luis Hernández Villalobos said the deal was a victory.",
		"“We asked for dignity, not charity,” Hernández said.")
	for _, q := range a.Quotes {
		if q.Speaker != "José Luis Hernández Villalobos" {
			t.Errorf("speaker %q of %q", q.Speaker, q.Text)
		}
	}
}

// TestInnerSurnameTypedAsBody: a first surname that the tagger typed as a
// body is still the person's, and the speaker is named in full; a place
// of the same word stays a place.
func TestInnerSurnameTypedAsBody(t *testing.T) {
	a := analyse("Medellín votes for mayor",
		"Luisa Fernanda Restrepo Ochoa, a 44-year-old former security secretary, promised more police.",
		"“Extortion is a tax on every shop,” Restrepo said.")
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Luisa Fernanda Restrepo Ochoa" {
		t.Fatalf("quotes %+v", a.Quotes)
	}
	for _, e := range a.Entities {
		if e.Name == "Restrepo" {
			t.Errorf("Restrepo stays an entity of its own (%v)", e.Type)
		}
	}
	a = analyse("José Luis Toledo Vargas said the harvest was late.", "He was born in Toledo, where the river floods every spring.")
	for _, e := range a.Entities {
		if e.Name == "José Luis Toledo Vargas" && len(e.Mentions) != 1 {
			t.Errorf("the place joined the person: %+v", e.Mentions)
		}
	}
}
