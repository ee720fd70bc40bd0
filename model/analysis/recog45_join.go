package analysis

import "github.com/byline-reader/byline/model"

// A person's name the tagger cut in two or typed a place where the
// article itself shows whose words they are: "written by Omar
// Abdul-Karim al-Tamimi" read as the person "Omar" and the place
// "Abdul-Karim al-Tamimi", where "al-Tamimi said" later is typed a
// person; "the brothers Ravi and Suresh Wickrama" read as the place
// "Suresh Wickrama", where "Suresh" alone later is a person and Ravi
// Wickrama is named in full.

// personWordsJoin (a recogniser pass) makes one person of a name of one
// word the tagger typed a person's and a name of one to three name words
// right after it, typed otherwise, whose last word the article types a
// person's surname elsewhere (the last word of another mention typed a
// person's, or such a mention alone); and types a person's a name of two
// or three name words typed otherwise whose first word the article types a
// person alone elsewhere and whose last word it types a person's surname.
// No head word among the words ("Vell Dam"), no title of a work.
func personWordsJoin(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var surnames, alone map[string]bool // person mentions' last words, and one-word person mentions
	ready := false
	collect := func() {
		ready = true
		surnames, alone = map[string]bool{}, map[string]bool{}
		for _, r := range raw {
			if r.typ != model.Person || r.title || r.handle || r.te <= r.ts {
				continue
			}
			surnames[toks[r.te-1].low] = true
			if r.te-r.ts == 1 {
				alone[toks[r.ts].low] = true
			}
		}
	}
	dropped := false
	for i := range raw {
		r := &raw[i]
		if r.typ == model.Person || r.title || r.handle || r.te-r.ts > 3 || r.te <= r.ts || !toks[r.ts].capital {
			continue
		}
		if namePieces(tz, r.ts, r.te) != r.te || hasHeadWord(tz, r.ts, r.te) {
			continue
		}
		if !ready {
			collect()
		}
		last := toks[r.te-1].low
		if !surnames[last] {
			continue
		}
		// the one-word person right before it, as the tagger typed it
		if g := &raw[max(i-1, 0)]; i > 0 && g.typ == model.Person && g.te == r.ts && g.te-g.ts == 1 && !g.title && !g.handle &&
			toks[g.ts].sent == toks[r.ts].sent && toks[g.ts].capital && toks[g.ts].isNameWord() && !toks[g.ts].in(wcPersonTitle|wcTitleSeed) {
			r.ts, r.typ = g.ts, model.Person
			g.te, dropped = g.ts, true
			continue
		}
		if r.te-r.ts >= 2 && alone[toks[r.ts].low] && (r.ts == 0 || !toks[r.ts-1].capital) {
			r.typ = model.Person
		}
	}
	if dropped {
		return withoutEmpty(raw)
	}
	return raw
}

// kunyaWords open an Arabic kunya, a name by one's eldest child ("Abu
// Samir", father of Samir; "Umm Kalthum"): its second word is the
// child's given name, not a family's, and a relative does not bear it
// (kinGivenName).
var kunyaWords = wordSet(`abu abou umm um`)
