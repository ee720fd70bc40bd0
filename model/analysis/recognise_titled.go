package analysis

import "github.com/byline-reader/byline/model"

// titleThenName reports whether r, a mention the tagger typed something
// other than a person that opens with the title at k, is that title and a
// person's name ending at e, so that the title goes out and the name is
// a person's: "Representative Ilse Marrow", "Justice Brandt". The tagger
// learnt bodies that open with a title word ("General Motors", "Justice
// Department", "Senate Majority PAC"); those have a word of a body's,
// a place's or a work's name among the words after the title, or run on
// past them, and keep their type. The tagger's body may stop short of the
// name's end, at a middle initial: "Justice Ada" of "Justice Ada K. Holm".
func titleThenName(tz *tokenized, r rawMention, k, e int) bool {
	toks := tz.toks
	if r.title || letterEnd(toks, r.ts, r.te) > e || hasHeadWord(tz, k+1, e) {
		return false
	}
	words := 0
	for y := k + 1; y < e; y++ {
		if y > k+1 && !toks[y].capital && toks[y].in(wcNameParticle) {
			continue // "van der" of "Judge Anke van der Veen" (recog40)
		}
		if words++; !toks[y].isNameWord() || toks[y].isBodyWord() {
			return false
		}
	}
	return words <= 3
}

// officeName returns where the name after a title of an office, "of" and
// the office's department at k starts and ends ("Secretary of State Ola
// Brandt", "Minister of Foreign Affairs Ilse Marrow", "Secretary of Health
// and Human Services Tomas Reed"), or two equal numbers where none
// follows. The department is one to four capitalised words of
// departments, "the" before them and "and" among them; a name of two
// words or more follows, or one with no capital after it, since "Secretary
// of State Department affairs" names nobody.
func officeName(tz *tokenized, k, end int) (int, int) {
	toks := tz.toks
	d := k + 2
	if d < end && toks[d].low == "the" {
		d++
	}
	words := 0
	for d < end && words < 4 {
		t := &toks[d]
		if t.capital && departmentWords[t.low] {
			words++
		} else if t.low != "and" || words == 0 {
			break
		}
		d++
	}
	if words == 0 || !toks[d-1].capital {
		return d, d
	}
	e := namePieces(tz, d, end)
	if e == d || e < end && toks[e].capital && hasLetter(toks[e].text) {
		return d, d
	}
	return d, e
}

// bodyTitleNames splits a body's name that the tagger ran on over a title
// and a person's whole name into the body and the person, the title left
// out: "Dunmore Attorney General Ada Holm" is the place or body Dunmore
// and the person Ada Holm, "UMWA Director of Public Affairs Ivo Brandt"
// the union and Ivo Brandt. The person is a known given name and one or
// two name words ending the mention, with no capital after it; a title
// of a person stands before the given name, or before "of" and the
// capitalised words of an office ending at it. Titles right before the
// body's end go with the title ("Attorney" of "Attorney General").
func bodyTitleNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var out []rawMention
	for i, r := range raw {
		b, g := -1, -1
		if r.typ != model.Person && !r.title && r.te-r.ts >= 3 {
			b, g = bodyTitleAt(tz, r)
		}
		if g < 0 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawMention, 0, len(raw)+1), raw[:i]...)
		}
		if b > r.ts && hasLetter(toks[b-1].text) {
			out = append(out, rawMention{ts: r.ts, te: b, typ: r.typ})
		}
		out = append(out, rawMention{ts: g, te: r.te, typ: model.Person})
	}
	if out == nil {
		return raw
	}
	return out
}

// bodyTitleAt returns where the titles start and the person's given name
// stands in r (bodyTitleNames), or -1, -1.
func bodyTitleAt(tz *tokenized, r rawMention) (int, int) {
	toks := tz.toks
	e := letterEnd(toks, r.ts, r.te)
	if e < len(toks) && toks[e].sent == toks[r.ts].sent && toks[e].capital && hasLetter(toks[e].text) {
		return -1, -1
	}
	const title = wcPersonTitle | wcTitleSeed
	for g := max(r.ts+1, e-3); g <= e-2; g++ {
		if !toks[g].capital || !tz.isGiven(g) {
			continue
		}
		ok := true
		for y := g; y < e && ok; y++ {
			t := &toks[y]
			ok = t.isNameWord() && !t.isBodyWord()
		}
		if !ok {
			continue
		}
		// the title before the given name, or before "of" and an office
		t := g - 1
		for t > r.ts && !toks[t].in(title) && toks[t].capital && toks[t].low != "of" && g-t <= 3 {
			t--
		}
		if t < g-1 {
			if toks[t].low != "of" || t == r.ts {
				return -1, -1
			}
			t--
		}
		if !toks[t].in(title) || !toks[t].capital {
			return -1, -1
		}
		b := t
		for b > r.ts && toks[b-1].in(title|wcTitleModifier) && toks[b-1].capital {
			b--
		}
		return b, g
	}
	return -1, -1
}

// titledOfPlace splits a body's name that the tagger made of a title, a
// person's name, "of" and a place into the person and the place, the
// title left out: "Representative Ada Holm of Dunmore" is the person Ada
// Holm and the place Dunmore. The title is a titleSeed written with a
// capital; one to four name words follow it, then "of" and one or two
// name words ending the mention, with no word of a body, a place's kind
// or a work among any of them ("Director Ada Holm of Dunmore College"
// keeps its type) and no capital after them.
func titledOfPlace(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var out []rawMention
	for i, r := range raw {
		o := -1
		if r.typ != model.Person && !r.title && r.te-r.ts >= 4 && toks[r.ts].capital && toks[r.ts].in(wcTitleSeed) {
			o = ofPlaceAt(tz, r)
		}
		if o < 0 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawMention, 0, len(raw)+1), raw[:i]...)
		}
		out = append(out, rawMention{ts: r.ts + 1, te: o, typ: model.Person}, rawMention{ts: o + 1, te: r.te, typ: model.Place})
	}
	if out == nil {
		return raw
	}
	return out
}

// ofPlaceAt returns where "of" stands in r (titledOfPlace), or -1.
func ofPlaceAt(tz *tokenized, r rawMention) int {
	toks := tz.toks
	e := letterEnd(toks, r.ts, r.te)
	if e < len(toks) && toks[e].sent == toks[r.ts].sent && toks[e].capital && hasLetter(toks[e].text) {
		return -1
	}
	o := -1
	for y := r.ts + 1; y < e; y++ {
		t := &toks[y]
		if t.low == "of" && o < 0 && y > r.ts+1 {
			o = y
			continue
		}
		if !t.isNameWord() || t.isBodyWord() || t.in(wcHead|wcTitleSeed) {
			return -1
		}
	}
	if o < 0 || o-(r.ts+1) > 4 || e-(o+1) < 1 || e-(o+1) > 2 {
		return -1
	}
	return o
}
