package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// The opening phrase of a sentence ("In a long, bitter interview with X,
// Y said", "Appearing before supporters at X headquarters, Y warned")
// ends at the comma after which its main clause's subject stands; names
// inside it are the phrase's, not the speaker.

// openingParticiple reports whether the sentence's first word at k is a
// capitalised participle that opens an adverbial clause: "Appearing
// before …,", "Pressed on the question, …".
func (at *attributor) openingParticiple(k int) bool {
	t := &at.tz.toks[k]
	if !t.capital || at.ment[k] >= 0 || k > 0 && at.tz.toks[k-1].sent == t.sent {
		return false
	}
	return len(t.low) > 5 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed"))
}

// modifierComma reports whether the comma at c stands inside the
// opening phrase rather than closing it: after a place, before the region
// it lies in ("in Marrow, New Dunmore,"), or between two modifiers of one
// noun ("a wide-ranging, in-prison interview"): a lower-case word after it that cannot
// begin a subject, and a later comma before k with no verb of speaking
// between them.
func (at *attributor) modifierComma(c, k int) bool {
	toks := at.tz.toks
	n := c + 1
	// "in Marrow, New Dunmore, Y said": the region after a place goes on
	// with the place, whatever type the recogniser gave it
	if p := c - 1; n < k && at.ment[p] >= 0 && at.a.Entities[at.ment[p]].Type == model.Place &&
		at.ment[n] >= 0 && at.mstart[n] == n && at.a.Entities[at.ment[n]].Type != model.Person &&
		at.mend[n] < k && toks[at.mend[n]].text == "," {
		return true
	}
	if n >= k || !isLowerWord(toks[n].text) || toks[n].in(wcDeterminer|wcPossessive) ||
		pronounOf(&toks[n]) != "" || at.word(n).in(awUnnamedHead) || !isLowerWord(toks[c-1].text) {
		return false
	}
	for j := n + 1; j < k && j-c < 25; j++ {
		if at.qtok[j] >= 0 || at.isCue(j) {
			return false
		}
		if toks[j].text == "," {
			return true
		}
	}
	return false
}
