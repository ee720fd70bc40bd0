package analysis

import "github.com/byline-reader/byline/model"

// saintSurnames (a recogniser pass) joins a name word the tagger took
// for a person alone to the name with "St." right after it, which it
// took for a place: "Darnell St. Rose", "Ada St. Clair". A surname
// made with "St." is common in the Caribbean, Canada and Britain, and a
// person's name is followed by a place with no word or mark between only
// in a list run together. The name after "St." is one capitalised word
// with no capital after it. Every other mention of the same "St." name
// is the person's too ("St. Rose, who made 71, said").
func saintSurnames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var joined map[string]bool // the "St." names joined, lower case, made at the first
	out := raw[:0]
	for i := 0; i < len(raw); i++ {
		r := raw[i]
		if i+1 < len(raw) && r.typ == model.Person && r.te-r.ts == 1 && !r.title && toks[r.ts].isNameWord() && !isAllCapitals(toks[r.ts].text) {
			if n := raw[i+1]; n.ts == r.te && n.te-n.ts == 2 && saintWord(toks[n.ts].text) && toks[n.ts].sent == toks[r.ts].sent &&
				toks[n.te-1].capital && (n.te >= len(toks) || toks[n.te].sent != toks[n.ts].sent || !toks[n.te].capital) {
				r.te = n.te
				if joined == nil {
					joined = map[string]bool{}
				}
				joined[toks[n.te-1].low] = true
				i++
			}
		}
		if r.typ == model.Person && r.te-r.ts >= 3 && !r.title && saintWord(toks[r.te-2].text) && toks[r.te-1].capital {
			// a person's name the tagger read whole: "Samuel St. John"
			// (recog40)
			if joined == nil {
				joined = map[string]bool{}
			}
			joined[toks[r.te-1].low] = true
		}
		out = append(out, r)
	}
	if joined == nil {
		return out
	}
	merged := false
	for i := range out {
		r := &out[i]
		if r.te-r.ts == 2 && saintWord(toks[r.ts].text) && joined[toks[r.te-1].low] {
			r.typ = model.Person
		}
		if r.te-r.ts == 1 && saintWord(toks[r.ts].text) && i+1 < len(out) && out[i+1].ts == r.te && out[i+1].te == r.te+1 &&
			joined[toks[r.te].low] && !r.title && !out[i+1].title {
			// "St." and "John", the tagger's two names: the person's
			// surname (recog40)
			r.te, r.typ = r.te+1, model.Person
			out[i+1].te, merged = out[i+1].ts, true
		}
	}
	if merged {
		return withoutEmpty(out)
	}
	return out
}

// saintWord: "St." or "Saint" as a name writes it.
func saintWord(w string) bool { return w == "St." || w == "St" || w == "Saint" }
