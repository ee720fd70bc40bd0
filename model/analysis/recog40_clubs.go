package analysis

import "github.com/byline-reader/byline/model"

// Football clubs named with the letters of a club: "Dreams FC", "Nations
// FC", "Bodø/Glimt FK". The tagger, reading a name it does
// not know before two capitals, types it a person as often as a body, or
// cuts the letters off as a person of their own ("Nations" a body, "FC" a
// person). clubNames (a recogniser pass) makes a body of every name that
// ends in such letters, and joins letters the tagger took alone to the
// name right before them.
func clubNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	joined := false
	for i := range raw {
		r := &raw[i]
		if r.title || r.handle || r.te <= r.ts {
			continue
		}
		if !clubLetters[toks[r.te-1].text] {
			if e := r.te; e < len(toks) && toks[e].sent == toks[r.ts].sent && clubLetters[toks[e].text] && (i+1 >= len(raw) || raw[i+1].ts > e) {
				r.te, r.typ = e+1, model.Organization // "Tamale" and the letters the tagger left out
			}
			continue
		}
		if r.te-r.ts == 1 {
			if i > 0 && raw[i-1].te == r.ts && raw[i-1].te > raw[i-1].ts && !raw[i-1].title {
				raw[i-1].te, raw[i-1].typ = r.te, model.Organization // "Nations" and "FC"
				r.te, joined = r.ts, true
			}
			continue
		}
		r.typ = model.Organization
	}
	if joined {
		return withoutEmpty(raw)
	}
	return raw
}

// clubLetters end the names of football clubs. Not "SC", a Senior
// Counsel's letters after a lawyer's name ("Themba Vell SC") as often as
// a sporting club's.
var clubLetters = wordSet(`FC AFC CF FK SK BK F.C. A.F.C.`)
