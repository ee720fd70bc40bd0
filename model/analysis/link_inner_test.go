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
