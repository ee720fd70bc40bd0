package analysis

import "github.com/byline-reader/byline/model"

// A person's name the tagger split in two: a given name it typed a person,
// right before the rest of the name that it typed something else, often
// with more words after it: "John" and "R. Kasich of Ohio", "George" and
// "H.W. Bush", "Kylie" and "MacLellan", "Terry" and "McAuliffe on". The
// reader would list the given name alone as a person and the surname as
// an organisation or a place.

// splitGivenNames joins a one-word person mention that is a known given
// name to the name words of the mention right after it: its initials, then
// one surname word (with a suffix after it), as one person. What follows
// the surname in that mention stays its own: after "of", as the type the
// tagger gave it ("Ohio" in "John R. Kasich of Ohio"); anything else is
// dropped. A mention after the given name whose last word heads a body's
// name ("G. Peterson Institute") is the body's, given name and all.
func splitGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	// most articles have no given name so split: the mentions before the
	// first are kept where they are
	from := -1
	for i := 0; i+1 < len(raw); i++ {
		if x := &raw[i]; x.typ == model.Person && x.te-x.ts == 1 && raw[i+1].ts == x.te && raw[i+1].typ != model.Person {
			from = i
			break
		}
	}
	if from < 0 {
		return raw
	}
	out := raw[:from]
	for i := from; i < len(raw); i++ {
		x := raw[i]
		if x.typ != model.Person || x.te-x.ts != 1 || x.title || i+1 >= len(raw) {
			out = append(out, x)
			continue
		}
		y := raw[i+1]
		if y.ts != x.te || y.typ == model.Person || y.title || toks[y.ts].sent != toks[x.ts].sent ||
			!tz.isGendered(x.ts) || toks[x.ts].End != toks[y.ts].Start-1 {
			out = append(out, x)
			continue
		}
		if hasHeadWord(tz, y.ts, y.te) || toks[y.te-1].in(wcHead) || toks[y.te-1].is(wkCompanyHead) {
			y.ts = x.ts // "the Peter G. Peterson Institute"
			out = append(out, y)
			i++
			continue
		}
		k := y.ts
		for k < y.te && initialsWord(toks[k].text) {
			k++
		}
		if k >= y.te || !toks[k].isNameWord() || initialsWord(toks[k].text) {
			out = append(out, x)
			continue
		}
		e := k + 1
		if toks[k].in(wcSaint) && e < y.te && toks[e].isNameWord() {
			e++ // "Jack St. Martin"
		}
		if e < y.te && toks[e].in(wcSuffix) && suffixes[toks[e].text] {
			e++
		}
		out = append(out, rawMention{ts: x.ts, te: e, typ: model.Person})
		i++
		if e+1 < y.te && toks[e].low == "of" && toks[e+1].capital {
			out = append(out, rawMention{ts: e + 1, te: y.te, typ: y.typ})
		}
	}
	return out
}

// initialsWord: "B.", or several run together, "H.W.".
func initialsWord(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}
