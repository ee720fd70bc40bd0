package analysis

import "strings"

// A word quoted to be explained: "she paid a weekly “vacuna” — literally
// “vaccine,” a slang term for extortion payments — to a gang". The gloss
// after it was no one's words already (glossFor); the word it explains is
// a term the writer gives, not words the person of the sentence said.

// maxGlossedWords bounds the words of a quoted term that a gloss follows.
const maxGlossedWords = 3

// glossedTerm reports whether quotation qi is a short term a gloss right
// after it explains: a dash, a comma or a bracket, then "literally",
// "meaning", "roughly", "which means" or "<language> for"; not words
// called out ("!", "?") or set off after a verb by a comma or a colon.
func (at *attributor) glossedTerm(qi int) bool {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	k := at.tokAt(q.End-1) + 1
	if k <= 0 || k+1 >= len(toks) || toks[k].sent != toks[k-1].sent {
		return false
	}
	switch toks[k].text {
	case "—", "–", "-", "--", ",", "(":
	default:
		return false
	}
	n := k + 1
	switch w := toks[n].low; {
	case w == "literally" || w == "meaning" || w == "roughly":
	case w == "which" && n+1 < len(toks) && (toks[n+1].low == "means" || toks[n+1].low == "translates"):
	case n+1 < len(toks) && toks[n+1].low == "for" && glossWords[w]:
	default:
		return false
	}
	// a gloss follows: the quotation must be a short term, not words
	// called out ("!", "?") or set off after a verb by a comma or a colon
	text := strings.TrimSpace(q.Text)
	if strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") || len(strings.Fields(text)) > maxGlossedWords {
		return false // "jeered, “Do svidaniya!” – Russian for “goodbye”": words called out
	}
	if qs := at.tokAt(q.Start); qs > 0 && (toks[qs-1].text == "," || toks[qs-1].text == ":") {
		return false // a verb's words, set off: "he shouted, “…”"
	}
	return true
}
