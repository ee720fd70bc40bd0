package model

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleNotes is set once, by the analysis package's init, before any
// quotation can be read; after that it is only read, from any goroutine.
var ruleNotes map[string]string

// SetRuleNotes gives the plain-words note of each attribution rule, by the
// rule's name as Quote.Rule holds it. The notes live beside the rules, in
// model/analysis, which calls this from an init function: the domain
// cannot import the analysis that fills it, and the reader asks the domain
// (RuleNote, Article.Evidence) rather than the analysis.
func SetRuleNotes(notes map[string]string) { ruleNotes = notes }

// RuleNote says in plain words where the attribution rule named rule found
// a quotation's speaker ("after the quotation", "the speaker of the
// quotation's first half"); "" for no rule, or one without a note.
func RuleNote(rule string) string { return ruleNotes[rule] }

// Evidence is what the text says about who spoke a quotation and how
// byline got from it to the speaker it names, for a reader who wants to
// check the name.
type Evidence struct {
	// Words are the attributing words as the text writes them: the speaker
	// phrase with its cue when the two stand together ("he said", "said
	// Ms. Okafor", "according to the ministry"), or joined by " … " when
	// they stand apart; "" when no words attribute the quotation.
	Words string
	// Phrase is where the speaker phrase stands (Quote.Attributed); zero
	// when there is none.
	Phrase Span
	// Speaker is the name byline gives, "" when the text does not say.
	Speaker string
	// Names reports whether Words already write the speaker's name in
	// full, so there is no step from them to the name to tell.
	Names bool
	// How is where the words stand or whose speaker the quotation took
	// (RuleNote of Quote.Rule); "" when no rule decided.
	How string
	// LastNamed is where the text last names the speaker before words
	// that do not ("he", "the senator"), counted back from them: "in the
	// same sentence", "in the sentence before", "3 sentences before", "in
	// the paragraph before", "4 paragraphs up"; "" when the words name the
	// speaker or nothing before them does. It says where to look, not how
	// the analysis decided.
	LastNamed string
}

// maxJoin is the most bytes that may stand between a speaker phrase and its
// cue for Evidence to quote them as one stretch of text ("Flynn, a top
// Trump surrogate, said"); farther apart, they are joined by an ellipsis.
const maxJoin = 40

// Evidence gathers, for quotation qi, the words that attribute it and how
// they lead to its speaker.
func (a *Article) Evidence(qi int) Evidence {
	if qi < 0 || qi >= len(a.Quotes) {
		return Evidence{}
	}
	q := a.Quotes[qi]
	ev := Evidence{Speaker: q.Speaker, How: RuleNote(q.Rule)}
	if !q.HasSpeakerMention() || q.Attributed.End > len(a.Text) {
		return ev
	}
	ev.Phrase = q.Attributed
	phrase := oneLine(a.Plain(q.Attributed))
	ev.Names = q.Speaker != "" && strings.Contains(strings.ToLower(phrase), strings.ToLower(q.Speaker))
	ev.Words = phrase
	if !ev.Names {
		ev.LastNamed = a.lastNamed(q)
	}
	cue, ok := a.cueNear(q)
	if !ok {
		return ev
	}
	from, to := min(cue.Start, q.Attributed.Start), max(cue.End, q.Attributed.End)
	gap := Span{Start: min(cue.End, q.Attributed.End), End: max(cue.Start, q.Attributed.Start)}
	if gap.Len() <= maxJoin && !a.quoteIn(gap) {
		ev.Words = oneLine(a.Plain(Span{Start: from, End: to}))
		return ev
	}
	cueText := oneLine(a.Plain(cue))
	if cue.Start < q.Attributed.Start {
		ev.Words = cueText + " … " + phrase
	} else {
		ev.Words = phrase + " … " + cueText
	}
	return ev
}

// lastNamed says where the latest mention of the quotation's speaker
// before its speaker phrase stands, counted back from the phrase; "" when
// the phrase is itself a mention of the speaker or none comes before it.
func (a *Article) lastNamed(q Quote) string {
	if q.SpeakerID == "" {
		return ""
	}
	at := -1
	for _, e := range a.Entities {
		if e.ID != q.SpeakerID {
			continue
		}
		for _, m := range e.Mentions {
			if m.Overlaps(q.Attributed) {
				return "" // "Ms. Reed": the words name her
			}
			if m.End <= q.Attributed.Start && m.Start > at {
				at = m.Start
			}
		}
	}
	if at < 0 {
		return ""
	}
	mp, ms := a.sentenceIndex(at)
	pp, ps := a.sentenceIndex(q.Attributed.Start)
	if mp < 0 || pp < 0 {
		return ""
	}
	switch {
	case mp == pp && ms == ps:
		return "in the same sentence"
	case mp == pp && ms == ps-1:
		return "in the sentence before"
	case mp == pp:
		return strconv.Itoa(ps-ms) + " sentences before"
	case mp == pp-1:
		return "in the paragraph before"
	}
	return strconv.Itoa(pp-mp) + " paragraphs up"
}

// sentenceIndex is the paragraph and the sentence within it that hold
// byte off; -1, -1 when none does (the headline, front matter).
func (a *Article) sentenceIndex(off int) (int, int) {
	pi := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > off })
	if pi >= len(a.Paragraphs) || a.Paragraphs[pi].Start > off {
		return -1, -1
	}
	ss := a.Paragraphs[pi].Sentences
	if len(ss) == 0 {
		return pi, 0
	}
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if si >= len(ss) {
		si = len(ss) - 1 // between the last sentence's end and the paragraph's
	}
	return pi, si
}

// cueNear finds the quotation's cue as written in the sentence that holds
// its speaker phrase: the occurrence, as a whole word or words, nearest
// the phrase and outside any quotation.
func (a *Article) cueNear(q Quote) (Span, bool) {
	if q.Cue == "" {
		return Span{}, false
	}
	sen := a.sentenceOf(q.Attributed)
	best, bestDist := Span{}, -1
	for i := sen.Start; i+len(q.Cue) <= sen.End; i++ {
		at := Span{Start: i, End: i + len(q.Cue)}
		// the same bytes in any case, so offsets stay offsets into Text;
		// a Markdown marker beside a word is no letter (**said**), and a
		// match inside markup (a link's address) is none
		if !strings.EqualFold(a.Text[at.Start:at.End], q.Cue) || !wordEdge(a.Text, at.Start, -1) ||
			!wordEdge(a.Text, at.End, 1) || at.Overlaps(q.Attributed) || a.quoteIn(at) || a.inMarkup(at) {
			continue
		}
		d := at.Start - q.Attributed.End
		if at.End <= q.Attributed.Start {
			d = q.Attributed.Start - at.End
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = at, d
		}
	}
	return best, bestDist >= 0
}

// sentenceOf is the sentence that holds sp's start, or the stretch of
// maxJoin*2 bytes around sp when no sentence does (a headline).
func (a *Article) sentenceOf(sp Span) Span {
	pi := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > sp.Start })
	if pi < len(a.Paragraphs) {
		for _, s := range a.Paragraphs[pi].Sentences {
			if s.Start <= sp.Start && sp.Start < s.End {
				return Span{Start: s.Start, End: min(len(a.Text), max(s.End, sp.End))}
			}
		}
	}
	return Span{Start: max(0, sp.Start-2*maxJoin), End: min(len(a.Text), sp.End+2*maxJoin)}
}

// inMarkup reports whether sp overlaps a stretch of markup.
func (a *Article) inMarkup(sp Span) bool {
	i := sort.Search(len(a.Markup), func(i int) bool { return a.Markup[i].End > sp.Start })
	return i < len(a.Markup) && a.Markup[i].Start < sp.End
}

// quoteIn reports whether a quotation overlaps sp.
func (a *Article) quoteIn(sp Span) bool {
	// quotations are in text order and do not overlap, so their ends are too
	i := sort.Search(len(a.Quotes), func(i int) bool { return a.Quotes[i].End > sp.Start })
	return i < len(a.Quotes) && a.Quotes[i].Start < sp.End
}

// wordEdge reports whether a word may start (dir -1) or end (dir 1) at
// byte i of t: no letter or digit stands on the other side.
func wordEdge(t string, i, dir int) bool {
	var r rune
	if dir < 0 {
		if i <= 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(t[:i])
	} else {
		if i >= len(t) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(t[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// oneLine is text with its runs of white space, line breaks among them,
// made one space, as a line of the reader shows it.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
