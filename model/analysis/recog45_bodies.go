package analysis

import (
	"slices"

	"github.com/byline-reader/byline/model"
)

// A government body's name is built to a pattern the tagger does not
// know: a head noun ("Ministry", "Department", "Council"), "of", and the
// fields the body covers, listed with commas and "and": "the Ministry of
// Mines, Energy and Water", "the Kessa Department of Fisheries and
// Coastal Affairs", "the Council of the Andean Community". The tagger types the
// pieces apart, some a person ("Coastal Affairs"), and the quotation the
// body's statement gives goes to a piece.

// recog45BodyHeads open the name of a body that "of" and its fields
// follow. Not "board": TestDescribedBody (coref, not this pass's to
// change) wants "the Vell Board" of "the Vell Board of Tolls".
var recog45BodyHeads = wordSet(`ministry department office bureau council commission committee agency
authority directorate secretariat`)

// bodyOfFields (a recogniser pass) makes one body's name of a head noun of
// recog45BodyHeads with a capital, the capitalised words right before it
// ("Kessa Department") and "of" or "for" after it (recog46: "the
// Observatory for Public Spending"; ppl18_names.go: "in charge of" and "responsible
// for" too, "the Ministry in charge of Water Resources"), "the" or not, with the fields
// after that: capitalised words, and more of them after commas and an
// "and" that closes the list ("of Mines, Energy and Water"), so long as a
// field opens with no known given name ("the Ministry of Health and Ana
// Ruiz"). The tagger's mentions inside the name go; one that runs on out
// of it leaves the name as the tagger had it.
func bodyOfFields(tz *tokenized, raw []rawMention) []rawMention {
	officeOfRole(tz, raw)
	toks := tz.toks
	var add []rawMention
	// "of" and "for" by their forms' slots (tz.forms), read in a row, and
	// only a token of either form by its text; the head by its bit
	of, four := probeSlot(tz, ofForm), probeSlot(tz, forForm)
	forms := tz.forms[:len(toks)]
	for k := 0; k+2 < len(toks) && (of >= 0 || four >= 0); k++ {
		if f := forms[k+1]; f != of && f != four {
			continue // most tokens: "of" or "for" after a head is rare
		}
		if w := toks[k+1].text; w != "of" && w != "for" {
			continue
		}
		h := headBefore(toks, k) // k, or the head before "in charge" or "responsible" (ppl18_names.go)
		t := &toks[h]
		if !t.capital || tz.lex(h)&lxBodyHead == 0 || toks[k+1].sent != t.sent {
			continue
		}
		start := tz.sents[t.sent].start
		b := h
		for b-1 > start && toks[b-1].capital && toks[b-1].isNameWord() && !toks[b-1].in(wcPersonTitle|wcTitleSeed) {
			b--
		}
		e := fieldsAfter(tz, raw, h, k+2)
		if e <= k+2 {
			continue
		}
		if e+1 < len(toks) && toks[e].text == "of" && toks[e].sent == t.sent {
			if f := fieldsAfter(tz, raw, h, e+1); f > e+1 {
				e = f // "for the Protection of the Constitution" (recog46)
			}
		}
		add = append(add, rawMention{ts: b, te: e, typ: model.Organization})
		k = e - 1
	}
	if add == nil {
		return raw // most articles
	}

	// the tagger's mentions inside each name go; a name that one runs out
	// of is left as the tagger had it
	inside := func(r, a rawMention) bool {
		ts := r.ts
		for ts < a.ts && toks[ts].low == "the" {
			ts++ // "The Council", the tagger's, inside "Council of the …"
		}
		return ts >= a.ts && r.te <= a.te
	}
	j := 0
	for _, a := range add {
		clean := true
		for _, r := range raw {
			if r.te > a.ts && r.ts < a.te && !inside(r, a) {
				clean = false
			}
		}
		if clean {
			add[j] = a
			j++
		}
	}
	if j == 0 {
		return raw
	}
	add = add[:j]
	out := make([]rawMention, 0, len(raw)+len(add))
	for _, r := range raw {
		if !slices.ContainsFunc(add, func(a rawMention) bool { return r.te > a.ts && r.ts < a.te }) {
			out = append(out, r)
		}
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(x, y rawMention) int { return x.ts - y.ts })
	return out
}

// fieldsAfter returns the end of the fields of a body's name that open at
// token k, after "of" after the head noun at head: "the" or not,
// capitalised name words, then more after "," or "and", where a list of
// commas closes with "and"; k when none open there. A field that the
// tagger read as a place of its own after a body's name it read whole
// ends the list before it ("the Council of Europe and Russia").
func fieldsAfter(tz *tokenized, raw []rawMention, head, k int) int {
	toks := tz.toks
	// closed: the tagger read a body's name from the head to token e, and
	// a place of its own opens at n ("the Council of Europe and Russia"):
	// the list is not the body's
	closed := func(e, n int) bool {
		body, place := false, false
		for _, r := range raw {
			body = body || r.typ == model.Organization && r.ts <= head && r.te == e
			place = place || r.typ == model.Place && r.ts == n
		}
		return body && place
	}
	sent := toks[k-1].sent
	in := func(j int) bool { return j < len(toks) && toks[j].sent == sent }
	if in(k) && toks[k].low == "the" && !toks[k].capital {
		k++
	}
	field := func(j int) int { // the end of the field of capitalised words at j, or j
		e := j
		for in(e) && e-j < 4 && toks[e].capital && hasLetter(toks[e].text) && !isAcronym(toks[e].text) {
			e++
		}
		return e
	}
	end := field(k)
	if end == k {
		return k
	}
	for last := end; ; {
		if !in(last) {
			return end
		}
		sep := toks[last].low
		if sep != "," && sep != "and" {
			return end
		}
		n := last + 1
		if !in(n) || givenOrNamedAt(tz, min(n, len(toks)-1)) || closed(last, n) {
			return end
		}
		e := field(n)
		if e == n {
			return end
		}
		if sep == "and" {
			end = e // the list closes
			last = e
			continue
		}
		last = e // a field after a comma, kept only when an "and" closes the list
	}
}

// officeOfRole makes a body of an office named by its holder's role with a
// possessive: "the Ombudsman's Office", "the Prosecutor's Office", "the
// Auditor General's Office". The tagger types the role a person and leaves
// the office out. The role is of one or two capitalised words, no known
// given name first, and not the surname of a person of the article.
func officeOfRole(tz *tokenized, raw []rawMention) {
	toks := tz.toks
	var surnames map[string]bool
	for i := range raw {
		r := &raw[i]
		e := r.te
		if r.title || r.handle || r.te-r.ts < 1 || r.te-r.ts > 2 || e+1 >= len(toks) || !isPossessive(toks[e].text) ||
			toks[e+1].sent != toks[r.ts].sent || !toks[e+1].capital || !recog45Offices[toks[e+1].low] {
			continue
		}
		if givenOrNamedAt(tz, r.ts) || i+1 < len(raw) && raw[i+1].ts <= e+1 {
			continue
		}
		if surnames == nil {
			surnames = map[string]bool{}
			for _, o := range raw {
				if o.typ == model.Person && o.te-o.ts > 1 {
					surnames[toks[o.te-1].low] = true
				}
			}
		}
		if surnames[toks[r.te-1].low] {
			continue // "Ruiz's Office" of Ana Ruiz
		}
		r.te, r.typ = e+2, model.Organization
	}
}

// recog45Offices end the name of an office its holder's role names.
var recog45Offices = wordSet(`office bureau department secretariat`)
