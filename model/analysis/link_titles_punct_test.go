package analysis

import "testing"

// TestQuotedTitleWithStop: a title that closes the sentence's full stop or
// comma inside its marks is a work where the words before it say so
// (a possessive, a noun for a work or a show), not a person.
func TestQuotedTitleWithStop(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{`Ilse Marr, who hosts the TV show "Harbour Tank," said it was too early.`}, []string{"Ilse Marr"}},
		{[]string{`Ilse Marr told Monday's "Tobias Wendt Hour," that she would run.`}, []string{"Ilse Marr"}},
		{[]string{`Ilse Marr spoke on the show "Tobias Wendt Live," and left.`}, []string{"Ilse Marr"}},
	})
}
