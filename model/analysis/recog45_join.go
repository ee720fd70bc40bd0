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
	toks, forms := tz.toks, tz.forms
	// person mentions' last words (joinSurname) and one-word person
	// mentions (joinAlone), marked at the slot of the word's form
	// (tz.forms) in the bytes the article lends (formMarks), where two maps
	// made for most articles cost more than the rest of the pass
	var marks []uint8
	collect := func() {
		marks = tz.formMarks()
		for _, r := range raw {
			if r.typ != model.Person || r.title || r.handle || r.te <= r.ts {
				continue
			}
			marks[forms[r.te-1]] |= joinSurname
			if r.te-r.ts == 1 {
				marks[forms[r.ts]] |= joinAlone
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
		if marks == nil {
			collect()
		}
		if marks[forms[r.te-1]]&joinSurname == 0 {
			continue
		}
		// the one-word person right before it, as the tagger typed it
		if g := &raw[max(i-1, 0)]; i > 0 && g.typ == model.Person && g.te == r.ts && g.te-g.ts == 1 && !g.title && !g.handle &&
			toks[g.ts].sent == toks[r.ts].sent && toks[g.ts].capital && toks[g.ts].isNameWord() && !toks[g.ts].in(wcPersonTitle|wcTitleSeed) {
			r.ts, r.typ = g.ts, model.Person
			g.te, dropped = g.ts, true
			continue
		}
		if r.te-r.ts >= 2 && marks[forms[r.ts]]&joinAlone != 0 && (r.ts == 0 || !toks[r.ts-1].capital) {
			r.typ = model.Person
		}
	}
	if dropped {
		return withoutEmpty(raw)
	}
	return raw
}

// The bits of personWordsJoin's marks.
const (
	joinSurname uint8 = 1 << iota // the last word of a person's mention
	joinAlone                     // a person's mention of one word
)

// kunyaWords open an Arabic kunya, a name by one's eldest child ("Abu
// Samir", father of Samir; "Umm Kalthum"): its second word is the
// child's given name, not a family's, and a relative does not bear it
// (kinGivenName).
var kunyaWords = wordSet(`abu abou umm um`)
