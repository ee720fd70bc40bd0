package analysis

import "github.com/byline-reader/byline/model"

// Quotation scope: quotations no words around them attribute, which take
// their speaker from what the text is about at that point. These rules
// risk a speaker where the text names none, so they run after every rule
// that reads a tag.

// paragraphTopic: a paragraph that is all quotation, with no cue, after a
// paragraph about a person: "Viguerie is upbeat about the race. ⏎ “…”".
// The person is the subject of the previous paragraph's last sentence, or
// else of its first; a quotation of someone else in that paragraph makes
// its topic unsure.
func paragraphTopic(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if at.named[qi] || q.Paragraph == 0 || !at.opensParagraph(q) || !at.wholeParagraph(q) || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	toks := at.tz.toks
	prev := at.a.Paragraphs[q.Paragraph-1]
	first, last := tokenAt(toks, prev.Start), tokenAt(toks, prev.End-1)
	if first < 0 || last < first || int(toks[last].para) != q.Paragraph-1 || !isSentenceEnd(toks[last].text) {
		return attribution{}
	}
	r := at.topicOf(at.sentenceFrom(last), last)
	if !r.ok && toks[first].sent != toks[last].sent {
		e := first
		for e < last && toks[e].sent == toks[first].sent {
			e++
		}
		r = at.topicOf(first, e)
	}
	if !r.ok {
		return attribution{}
	}
	for qj := qi - 1; qj >= 0 && at.a.Quotes[qj].Paragraph >= q.Paragraph-1; qj-- {
		if o := at.res[qj]; o.ok && o.id != r.id {
			return attribution{}
		}
	}
	r.cue = ""
	return r
}

// topicOf is the person a sentence toks[lo:k] is about: its subject, when
// that is a person's name or a pronoun that refers to one.
func (at *attributor) topicOf(lo, k int) attribution {
	r := at.subjectAtStart(lo, k)
	if !r.ok {
		r = at.sentenceSubjectAttribution(lo, k)
	}
	if !r.ok || r.id == "" || at.coordinated(r.mention) {
		return attribution{}
	}
	for _, e := range at.a.Entities {
		if e.ID == r.id {
			if e.Type != model.Person {
				return attribution{}
			}
			break
		}
	}
	return r
}

// coordinated reports whether the name at m is one of several joined by
// "and", "or" or commas: "A, B and C argued" has no one topic.
func (at *attributor) coordinated(m model.Span) bool {
	toks := at.tz.toks
	s, e := tokenAt(toks, m.Start), tokenAt(toks, m.End-1)
	if s < 0 || e < 0 {
		return false
	}
	if s > 0 && coordinators[toks[s-1].low] {
		return true
	}
	for k := e + 1; k < len(toks) && k <= e+2 && toks[k].sent == toks[e].sent; k++ {
		if w := toks[k].low; w != "," && w != "and" && w != "or" {
			return k > e+1 && at.ment[k] >= 0 && at.a.Entities[at.ment[k]].Type == model.Person
		}
	}
	return false
}
