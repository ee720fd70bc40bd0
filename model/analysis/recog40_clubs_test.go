package analysis

import "testing"

// A name that ends in a football club's letters is a club, not a person,
// and the letters the tagger took alone join the name before them.
func TestClubLettersMakeABody(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Leaders Tamale FC, who beat Harbour FC 1-0 in Dunmore on Saturday, are six points clear."}, people: nil},
		{paras: []string{"Hearts host Sunrise FC next Sunday, while the leaders travel to Dreamers FC."}, people: nil},
	})
}

// TestClubLettersShape: every word of clubLetters, and each with a full
// stop after it, has the shape clubLettersShape asks for.
func TestClubLettersShape(t *testing.T) {
	for w := range clubLetters {
		for _, v := range []string{w, w + ".", "SC", "SC."} {
			if !clubLettersShape(v) {
				t.Errorf("clubLettersShape(%q) = false", v)
			}
		}
	}
}
