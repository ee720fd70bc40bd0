package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// The "body description" step: "the company", "the ferry company", "the
// group" as a speaker names the organisation it means where the article
// makes that plain, and the margin shows its name; the mention stays on
// the description. describedOrganisation (coref_heads.go) takes the
// latest organisation whose name tells the kind ("… Agency" for "the
// agency"); this step weighs, after it:
//
//   - the latest organisation the article gave the noun: in apposition,
//     "Skerrieslink, the ferry company," or "the ferry company
//     Skerrieslink", every modifier of the description written there; or
//     as its name's own last word, "the Vell Harbour Board" for "the
//     board";
//   - else the one organisation the passage is about: the subject of the
//     sentence before the quotation (or of its own sentence, where the
//     quotation stands between), or the speaker of the quotation before,
//     when no other organisation is named between but as an object and its
//     name tells no other kind ("Vell Ministry" is no company).
//
// A nearer use of the noun that names nothing ("a trade group for the
// growers") means another body, and the description stays; so it does
// when nothing decides. A person is never a body's referent.

// bodyDescription reads toks[s:e] as "the", at most two lower-case
// modifiers and a body noun. It returns the noun's token, or -1.
func (at *attributor) bodyDescription(s, e int) int {
	toks := at.tz.toks
	if e-s < 2 || e-s > 4 || toks[s].low != "the" || !bodyDescriptionNouns[toks[e-1].low] && !officeNouns[toks[e-1].low] && tradeBodyNames[toks[e-1].low] == nil || !isLowerWord(toks[e-1].text) {
		return -1
	}
	for k := s + 1; k < e-1; k++ {
		t := &toks[k]
		if !isLowerWord(t.text) || isPossessive(t.text) || t.in(wcPreposition) || at.qtok[k] >= 0 || at.ment[k] >= 0 {
			return -1 // "the Trump campaign", "the company's lawyer"
		}
	}
	return e - 1
}

// describedBody is the body description step for the speaker phrase
// toks[s:e]; ok is false when it is no such description or nothing in
// the article decides what it means.
func (at *attributor) describedBody(s, e int) (attribution, bool) {
	if at.describing {
		return attribution{}, false
	}
	head := at.bodyDescription(s, e)
	if head < 0 {
		return attribution{}, false
	}
	toks := at.tz.toks
	ei, from := at.bodyHolder(s, head)
	link := s // the description, or the same one before it that found ei
	for p, hops := s, 0; ei < 0 && hops < maxDescriptionLinks; hops++ {
		// "the budget office" written again and again since the name: the
		// same words name the same body, from the earliest in reach
		if p = at.sameWordsBefore(p, s, e); p < 0 {
			break
		}
		if ei, from = at.bodyHolder(p, p+head-s); ei >= 0 {
			link = p
		}
	}
	if ei < 0 {
		// the body the article is about, by the earliest use of the
		// words, far back (coref45_bodies.go)
		if ei, from = at.earliestBody(s, e, head); ei >= 0 {
			link = -1
		}
	}
	// the passage has gone on to another body; through the same words
	// again, only another use of the noun (otherBodyNoun, below) tells that
	if link == s && ei >= 0 && at.otherBody(ei, s, from) {
		return attribution{}, false
	}
	if ei < 0 {
		ei, from = at.bodySubject(s, head)
	}
	if ei < 0 {
		if r, ok := at.unrecognisedBody(s, e, head); ok {
			return r, true // "Corruption Watch, which …, said “…”. “…,” the organisation said" (coref45_bodies.go)
		}
		if name, ok := at.writtenBody(s, head); ok {
			span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
			return attribution{speaker: name, mention: span, ok: true}, true
		}
	}
	if ei < 0 || at.otherBodyNoun(from, s, head) {
		return attribution{}, false
	}
	en := at.a.Entities[ei]
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}, true
}

// bodyHolder is the latest organisation before token s the article gave
// the description's noun, toks[head], in apposition or as its name's last
// word, within describedReach paragraphs; with the token after the
// mention and its apposition, or -1.
func (at *attributor) bodyHolder(s, head int) (int, int) {
	toks := at.tz.toks
	noun := toks[head].low
	mods := toks[s+1 : head]
	holder, end := -1, -1
	at.mentionsBack(s, model.Organization, func(ei, ms, me int) bool {
		if name := at.a.Entities[ei].Name; strings.EqualFold(nameHead(name), noun) && modifiersInName(mods, name) {
			// "the Vell Harbour Board" or "the Board of Tolls" for "the
			// board", "the Congressional Budget Office" for "the budget office"
			holder, end = ei, me
		} else if e := at.apposedNoun(ms, me, noun, mods); e >= 0 {
			holder, end = ei, e
		}
		return holder >= 0
	})
	return holder, end
}

// modifiersInName reports whether every modifier of a description is a
// word of the name ("budget" of "Congressional Budget Office"): the
// description is the name cut short. No modifier is in every name.
func modifiersInName(mods []token, name string) bool {
	for i := range mods {
		found := false
		for w, rest := nextField(name); w != "" && !found; w, rest = nextField(rest) {
			found = strings.EqualFold(w, mods[i].low)
		}
		if !found {
			return false
		}
	}
	return true
}

// nameHead is the head word of an organisation's name: the word before
// its first "of" ("Board" of "Vell Board of Tolls"), else its last word.
func nameHead(name string) string {
	if i := strings.Index(name, " of "); i > 0 {
		name = name[:i]
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return strings.TrimRight(name, ".,")
}

// apposedNoun is the token after the mention toks[ms:me] and the body
// noun beside it, with every modifier in mods: ", the ferry company,"
// after it or "the ferry company" right before it; -1 when there is none.
func (at *attributor) apposedNoun(ms, me int, noun string, mods []token) int {
	toks := at.tz.toks
	has := func(from, to int) bool {
		for _, m := range mods {
			found := false
			for k := from; k < to && !found; k++ {
				found = toks[k].low == m.low
			}
			if !found {
				return false
			}
		}
		return true
	}
	// before: "the ferry company Skerrieslink", "The United Nations
	// children's agency Kidsafe", "Britain's aid agency Helpwell"
	if p := ms - 1; p > 0 && toks[p].low == noun && toks[p].sent == toks[ms].sent {
		if b := at.apposedNounStart(p); b >= 0 && has(b, p) {
			return me
		}
	}
	// after: "Skerrieslink, the ferry company," or ", a ferry company that"
	if me+2 >= len(toks) || toks[me].text != "," || toks[me+1].sent != toks[ms].sent {
		return -1
	}
	p := me + 1
	if w := toks[p].low; w != "the" && w != "a" && w != "an" {
		return -1
	}
	for q := p + 1; q < len(toks) && q-p <= 5 && at.qtok[q] < 0 && toks[q].sent == toks[ms].sent; q++ {
		if !isLowerWord(toks[q].text) && !nameWordOfPhrase(&toks[q]) {
			return -1
		}
		if toks[q].low != noun || !isLowerWord(toks[q].text) {
			continue
		}
		if q+1 < len(toks) && (toks[q+1].text == "," || toks[q+1].text == "." || at.word(q+1).in(awRelativeWord)) && has(p+1, q) {
			return q + 1
		}
		return -1
	}
	return -1
}

// bodySubject is the one organisation the passage before token s is
// about, as the body noun toks[head] may describe it (see
// passageSubject, whose sentences it reads), and the token its passage
// starts at; -1 when there is none, when the subject is a person, when
// the speaker of the quotation before is another, when another
// organisation is named between but as an object, or when its name tells
// another kind.
func (at *attributor) bodySubject(s, head int) (int, int) {
	toks := at.tz.toks
	sent := toks[s].sent
	cand, from := -1, s
	reach := toks[s].para - 1 // the first paragraph the passage may start in
	subjectOf := func(b int) bool {
		at.describing = true
		r := at.subjectAtStart(b, at.tz.sents[toks[b].sent].end)
		at.describing = false
		k, ei := at.tokAt(r.mention.Start), at.entityIndex(r.id)
		if !r.ok || ei < 0 || k < 0 || r.mention.Start >= toks[s].Start {
			if _, ei = at.namedSubjectOf(b, s, model.Organization); ei < 0 {
				// the passage calling it by the noun goes on about the same
				// body: "Holm Air cut a route. The company said … the company added"
				e := at.tokAt(r.mention.End - 1)
				if r.ok && k >= 0 && e >= k && toks[k].low == "the" && toks[e].low == toks[head].low && e-k <= 3 {
					reach = toks[b].para - 1
					return false
				}
				return r.ok // a subject that names nothing ends the search
			}
		}
		cand, from = ei, b
		return true
	}
	if b := at.tz.sents[sent].start; at.qtok[b] < 0 && b < s && at.qtok[s-1] >= 0 && subjectOf(b) {
		// the description's own sentence: "Osei Freight said: “…,” the company added"
	} else {
		for n, tried := sent-1, 0; n > 0 && sent-n <= 6 && tried < 3; n-- {
			b := at.tz.sents[n].start
			if toks[b].para < reach {
				break
			}
			if at.qtok[b] >= 0 || b > 0 && at.qtok[b-1] >= 0 && toks[b-1].para == toks[b].para {
				continue
			}
			if subjectOf(b) {
				break
			}
			tried++
		}
	}
	// the speaker of the quotation before s, after the subject's sentence
	for qi := len(at.a.Quotes) - 1; qi >= 0; qi-- {
		q, r := at.a.Quotes[qi], at.res[qi]
		if q.End > toks[s].Start || !r.ok {
			continue
		}
		k := at.tokAt(q.Start)
		if k < 0 || toks[k].para < toks[s].para-1 || cand >= 0 && k < from {
			break
		}
		ei := at.entityIndex(r.id)
		if cand >= 0 && ei != cand {
			return -1, -1 // another speaker in between
		}
		cand, from = ei, min(from, k)
		break
	}
	if cand < 0 || at.a.Entities[cand].Type != model.Organization || !bodyOfKind(at.a.Entities[cand].Name, toks[head].low) {
		return -1, -1
	}
	for j := from; j < s; j++ {
		if ei := at.ment[j]; ei >= 0 && ei != cand && at.qtok[j] < 0 && at.a.Entities[ei].Type == model.Organization && !at.objectMention(j) {
			return -1, -1 // another organisation in the passage
		}
	}
	return cand, from
}

// bodyOfKind reports whether an organisation's name fits the body noun:
// a name that tells a kind ("Vell Ministry") fits only a noun of that
// kind, or a noun that fits any, and a company's name a noun of trade
// ("the airline"); a name that tells none fits all nouns but "agency",
// which needs a name of government ("State Department").
func bodyOfKind(name, noun string) bool {
	switch {
	case broadBodyNouns[noun]:
		return true
	case nameOfKind(name, tradeBodyNames[noun]):
		return true // "the miner" for "Kestrel Mining"
	case tradeBodyNames[noun] != nil && !bodyDescriptionNouns[noun]:
		return false // "the miner" may be a worker: only a name that tells the trade
	case noun == "agency":
		return nameOfKind(name, governmentNameWords) // "the agency" is of government
	case businessBodyNouns[noun] && nameOfKind(name, orgDescriptionKinds["company"]):
		return true // "the airline" for "Holm Air Ltd"
	}
	told := false
	for n, kinds := range orgDescriptionKinds {
		if nameOfKind(name, kinds) {
			if n == noun {
				return true
			}
			told = true
		}
	}
	return !told
}

// otherBodyNoun reports whether the description's noun, toks[head], is
// written between tokens from and s, outside quotations, as another body
// than "the <noun>" or the description's own words the speaker is: "a
// trade group for the growers", "another company".
func (at *attributor) otherBodyNoun(from, s, head int) bool {
	toks := at.tz.toks
	noun := toks[head].low
	for j := max(from, 1); j < s; j++ {
		if toks[j].low != noun || at.qtok[j] >= 0 {
			continue
		}
		bare := head == s+1 && (j+1 >= len(toks) || !toks[j+1].in(wcPreposition)) // "the trade group for the growers" is another
		d := definiteStart(toks, j, bare)
		if w := toks[d].low; w != "the" && w != "this" && w != "that" && w != "its" && !at.sameDescription(j, s, head) && !workplaceBody(toks, d) {
			return true
		}
	}
	return false
}

// definiteStart is the token before the modifiers of the noun at token j
// when bare, the description being resolved has none and no phrase follows
// the noun: "the social media company" goes on about the company the bare
// "the company" means, as "another" or "a rival" company, or "the trade
// group for the growers", would not. Otherwise it is j-1.
func definiteStart(toks []token, j int, bare bool) int {
	p := j - 1
	for bare && p > 0 && j-p <= 3 && isLowerWord(toks[p].text) && toks[p].sent == toks[j].sent &&
		!otherModifiers[toks[p].low] && !toks[p].in(wcDeterminer|wcPreposition|wcPossessive) && !coordinators[toks[p].low] {
		p--
	}
	if p < 0 || !toks[p].in(wcDeterminer) && toks[p].low != "its" {
		return j - 1
	}
	return p
}

// otherModifiers tell a body apart from one the passage spoke of: "the
// rival company", "the other group".
var otherModifiers = wordSet(`other another rival second new different competing former parent sister`)

// sameDescription reports whether the noun at token j ends the same words
// as the description toks[s:head+1]: "the budget office" again.
func (at *attributor) sameDescription(j, s, head int) bool {
	toks := at.tz.toks
	p := j - (head - s)
	if p < 0 {
		return false
	}
	for k := 0; k < head-s; k++ {
		if toks[p+k].low != toks[s+k].low {
			return false
		}
	}
	return true
}

// maxDescriptionLinks bounds how many uses of the same description before
// it a body description goes back through to the body's name.
const maxDescriptionLinks = 4

// sameWordsBefore is the start of the earliest use before token p, outside
// quotations and within describedReach paragraphs of p, of the words
// toks[s:e], or -1: the one from which the name is likeliest in reach.
func (at *attributor) sameWordsBefore(p, s, e int) int {
	toks := at.tz.toks
	limit := toks[p].para - describedReach
	found := -1
	for j := p - 1; j >= 0 && p-j < 4*maxPronounReach && toks[j].para >= limit; j-- {
		if toks[j].low != toks[s].low || at.qtok[j] >= 0 || j+e-s > len(toks) {
			continue
		}
		same := true
		for k := 1; k < e-s && same; k++ {
			same = toks[j+k].low == toks[s+k].low && toks[j+k].sent == toks[j].sent
		}
		if same {
			found = j
		}
	}
	return found
}

// otherBody reports whether another organisation is named, other than
// as an object, between the latest mention of the organisation ei before token
// s and s, outside quotations: "the ferry company Skerrieslink … Holm
// Air says … the company said" is unclear. A body named in the apposition
// that gave ei the noun, before token from, is no other ("Kidsafe, the
// United Nations children's agency,").
func (at *attributor) otherBody(ei, s, from int) bool {
	other := false
	for j := s - 1; j >= 0 && s-j < 4*maxPronounReach; j-- {
		e := at.ment[j]
		if e < 0 || at.qtok[j] >= 0 {
			continue
		}
		if e == ei {
			return other
		}
		j = at.mstart[j]
		if at.a.Entities[e].Type == model.Organization && !at.objectMention(j) && j >= from {
			other = true
		}
	}
	return other
}

// writtenBody is the form the article wrote for a body it gave no name,
// for the description toks[s:head+1]: the latest use of the noun before
// it, where a place or a body qualifies it ("China's foreign ministry",
// "the Russian foreign ministry"), every modifier of the description
// written there.
// Plain "the ministry" before it is the same body and the search goes on;
// any other use ("a ministry", "Reed's party") ends it with nothing.
func (at *attributor) writtenBody(s, head int) (string, bool) {
	toks := at.tz.toks
	noun := toks[head].low
	limit := toks[s].para - describedReach
	for j := s - 1; j > 1 && s-j < 4*maxPronounReach && toks[j].para >= limit; j-- {
		if toks[j].low != noun || at.qtok[j] >= 0 {
			continue
		}
		p := j - 1
		for p > 1 && j-p <= 2 && isLowerWord(toks[p].text) && hasLetter(toks[p].text) && !toks[p].in(wcDeterminer|wcPreposition) {
			p--
		}
		start := -1
		switch {
		case toks[p].low == "the" || toks[p].low == "this" || toks[p].low == "its":
			continue // the same body, called by the noun again
		case isPossessive(toks[p].text) && at.bodyQualifier(p-1):
			start = p - 1 // "China's foreign ministry"
			if at.ment[start] >= 0 {
				start = at.mstart[start]
			}
		case at.bodyQualifier(p) && toks[p-1].low == "the" && (at.ment[p] < 0 || at.mstart[p] == p):
			start = p - 1 // "the Russian foreign ministry"
		default:
			return "", false
		}
		for _, m := range toks[s+1 : head] {
			found := false
			for k := start; k < j && !found; k++ {
				found = toks[k].low == m.low
			}
			if !found {
				return "", false
			}
		}
		name := normalizeName(at.a.Text[toks[start].Start:toks[j].End])
		if toks[start].low == "the" {
			name = "the" + name[len("the"):] // "The Russian ministry" opening a sentence
		}
		return name, true
	}
	return "", false
}

// bodyQualifier reports whether token k is a capitalised word that may
// own a body the article names no further: a place's or a body's name, or
// a capitalised word no entity holds ("Russian"); not a person's, whose
// party or company is theirs (the owner step, coref_heads.go).
func (at *attributor) bodyQualifier(k int) bool {
	if k < 0 || !at.tz.toks[k].capital || !hasLetter(at.tz.toks[k].text) {
		return false
	}
	ei := at.ment[k]
	return ei < 0 || at.a.Entities[ei].Type != model.Person
}
