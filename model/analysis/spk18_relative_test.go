package analysis

import "testing"

// TestRelativeObject: a him or her that is the object of a relative
// clause's own verb ("Mutua, who sat beside him,") is someone other than
// the name the clause is about: it votes no gender for that name; a him
// after a speech verb of the clause ("who said they had betrayed him")
// may still be the name, and votes.
func TestRelativeObject(t *testing.T) {
	runGenderCases(t, []genderCase{
		{"the relative clause's object", "Wanza Mutua, who sat two seats away from him, did not answer. “No,” Mutua said.", "Wanza Mutua", ""},
		{"the object of a verb that replaced", "Wanza Mutua, who replaced her on the board, did not answer. “No,” Mutua said.", "Wanza Mutua", ""},
		{"after a speech verb", "Wanza Mutua, who said the party had betrayed him, left early. “No,” Mutua said.", "Wanza Mutua", "m"},
	})
}
