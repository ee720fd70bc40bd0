package analysis

import "github.com/byline-reader/byline/model"

// A pronoun after a sentence that names a person besides the one the
// passage is about: "Yonas Tesfaye now opens the shop, and Rostami-Kashani
// has started teaching. “…,” she says", "Two former trainees, Yonas
// Tesfaye and Maryam Haidari, now open the shop. “…,” she says". The
// chains weighed only the sentence's first name as a subject, and two
// people joined by "and" each as one named alone, so "she" went to a man
// whose given name no list knows.

// coordinatedClause reports whether the comma at token k opens a main
// clause of its own with a person for its subject: ", and Ann Reed has
// started …", ", but she …". The chains weigh that person as a subject,
// as they weigh the sentence's first.
func (at *attributor) coordinatedClause(k int) bool {
	toks := at.tz.toks
	c := k + 1
	if c+2 >= len(toks) || toks[c].sent != toks[k].sent || toks[c].low != "and" && toks[c].low != "but" {
		return false
	}
	n := c + 1
	e := n + 1
	switch {
	case at.qtok[n] >= 0:
		return false
	case at.ment[n] >= 0 && at.mstart[n] == n && at.a.Entities[at.ment[n]].Type == model.Person:
		e = at.mend[n]
	case toks[n].low == "he" || toks[n].low == "she":
	default:
		return false
	}
	if e >= len(toks) || toks[e].sent != toks[k].sent {
		return false
	}
	v := &toks[e]
	return isLowerWord(v.text) && !coordinators[v.low] && !v.in(wcPreposition) && !isPossessive(v.text)
}

// pairedPerson reports whether the person named at toks[s:e] is one of
// two people joined by "and": "Yonas Tesfaye and Maryam Haidari now open
// the shop". Together they are "they"; a he or she in a later sentence is
// less likely either of them than one named alone, so the chains weigh
// them as a subordinate clause's names.
func (at *attributor) pairedPerson(s, e int) bool {
	toks := at.tz.toks
	person := func(j int) bool {
		return j >= 0 && j < len(toks) && at.ment[j] >= 0 && at.qtok[j] < 0 && toks[j].sent == toks[s].sent &&
			at.a.Entities[at.ment[j]].Type == model.Person
	}
	if e+1 < len(toks) && toks[e].low == "and" && person(e+1) {
		return true
	}
	return s >= 2 && toks[s-1].low == "and" && person(s-2) && at.ment[s-2] != at.ment[s]
}

// frontedTopic reports whether the person named at toks[s:e] is the topic
// a sentence opens with, "For Tam, such plans feel distant. His wife …":
// "for" or "to" opens the sentence (past "but" or "and"), the name is its
// only object, and a comma follows. What the sentence goes on to say is
// about them, as it would be about its subject, and so is the pronoun
// after it.
func (at *attributor) frontedTopic(s, e int) bool {
	toks := at.tz.toks
	p := s - 1
	if p < 0 || e >= len(toks) || toks[e].text != "," || toks[p].low != "for" && toks[p].low != "to" {
		return false
	}
	b := at.tz.sents[toks[s].sent].start
	if p > b && (toks[p-1].low == "but" || toks[p-1].low == "and") {
		p--
	}
	return p == b
}
