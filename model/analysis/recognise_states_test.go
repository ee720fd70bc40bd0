package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestBracketStates: a state abbreviated in brackets after a politician's
// name is a place, never a person.
func TestBracketStates(t *testing.T) {
	a := analyse("Sen. Ada Holm (Neb.) and Rep. Ivo Brandt (Mich.) voted against the harbour bill, as did Sen. Tomas Reed (Ariz.).")
	got := map[string]model.EntityType{}
	for _, e := range a.Entities {
		got[e.Name] = e.Type
	}
	for _, n := range []string{"Ada Holm", "Ivo Brandt", "Tomas Reed"} {
		if got[n] != model.Person {
			t.Errorf("%q is %q, want a person; got %v", n, got[n], got)
		}
	}
	for _, n := range []string{"Neb", "Mich", "Ariz"} {
		if typ, ok := got[n]; ok && typ != model.Place {
			t.Errorf("%q is %q, want a place or nothing; got %v", n, typ, got)
		}
	}
}
