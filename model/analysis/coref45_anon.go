package analysis

import "strings"

// One of a group, brought in without a name: "One of the freed teachers,
// who asked not to be named, said they had been held in a forest camp.
// “They beat us every day,” he said." indefinitePerson read "a", "an",
// "one" or "another" before a noun for one person; the partitive "one of
// the" before a plural noun for people brings in one person as surely,
// and the pronoun after it, and the margin, go back to them ("one of the
// freed teachers").

// partitivePerson reads "One of the", "one of its" or "one of those", up
// to three lower-case modifiers and a plural noun for people at token k:
// the noun's gender (of its singular: "sons", "mothers"), its token and
// whether there is one.
func (at *attributor) partitivePerson(k int) (string, int, bool) {
	toks := at.tz.toks
	if toks[k].low != "one" || k+3 >= len(toks) || toks[k+1].low != "of" || toks[k+1].sent != toks[k].sent {
		return "", -1, false
	}
	d := k + 2
	if w := toks[d].low; w != "the" && w != "those" && w != "its" && w != "their" {
		return "", -1, false
	}
	for j := d + 1; j < len(toks) && j-d <= 4 && toks[j].sent == toks[k].sent; j++ {
		t := &toks[j]
		if !isLowerWord(t.text) || at.ment[j] >= 0 || at.qtok[j] >= 0 || t.in(wcPreposition|wcDeterminer|wcSpeechCue) {
			return "", -1, false
		}
		w := t.low
		one := strings.TrimSuffix(w, "s")
		if one == w {
			continue // a modifier: "freed", "injured"
		}
		if peoplePlural(w) || personNouns[one] || describedPersonNouns[one] || agentNouns[one] || roleHead(one) != "" || w == "people" {
			return describedGender(one), j, true
		}
	}
	return "", -1, false
}
