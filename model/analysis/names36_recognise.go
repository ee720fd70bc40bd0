package analysis

import "github.com/byline-reader/byline/model"

// apartGivenNames (recognising, names36) joins a capitalised word typed
// alone and the one or two name words right after it, which the tagger
// typed apart ("the trial of Nigel Ashcombe-Reeve, 57," read as a place
// and a body), into one person's name, when the article shows the words
// after it to be a person's: a mention of the same words typed a
// person's elsewhere ("Mr Ashcombe-Reeve said"), or an age set off by
// commas right after them. The first word is a known given name, or, when
// both hold, any name word but a state's. Neither part is typed a person's
// already (familyNameAfter joins a given name to a surname by itself).
func apartGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var persons map[string]bool // the words of every person's mention, made at the first need
	drop := false
	for i := 0; i+1 < len(raw); i++ {
		g, r := &raw[i], &raw[i+1]
		if g.title || r.title || g.handle || r.handle || g.te-g.ts != 1 || r.ts != g.te {
			continue
		}
		if g.typ == model.Person || r.typ == model.Person || !toks[g.ts].capital || !toks[g.ts].isNameWord() || toks[g.ts].sent != toks[r.ts].sent {
			continue
		}
		known := givenOrNamedAt(tz, g.ts)
		e := r.te
		for e > r.ts && !hasLetter(toks[e-1].text) {
			e-- // "Ashcombe-Reeve ," with the comma the tagger ran on into
		}
		if e-r.ts < 1 || e-r.ts > 2 || namePieces(tz, r.ts, e) != e {
			continue
		}
		words := mentionText(tz, rawMention{ts: r.ts, te: e})
		aged := e+2 < len(toks) && toks[e].text == "," && isAllDigits(toks[e+1].text) && toks[e+2].text == ","
		if !known && (!aged || usStates[toks[g.ts].low]) {
			continue
		}
		if !aged || !known {
			if persons == nil {
				persons = map[string]bool{}
				for _, o := range raw {
					if o.typ == model.Person && !o.title && !o.handle {
						persons[mentionText(tz, o)] = true
					}
				}
			}
			if !persons[words] {
				continue
			}
		}
		r.ts, r.te, r.typ = g.ts, e, model.Person
		g.te, drop = g.ts, true
		i++
	}
	if !drop {
		return raw
	}
	out := raw[:0]
	for _, r := range raw {
		if r.te > r.ts {
			out = append(out, r)
		}
	}
	return out
}

// isAllDigits: a word of figures only ("57").
func isAllDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// tribeNames (recognising, names36): a name that opens with a Māori word
// for the descendants of an ancestor ("Ngāti Rehu", "Ngāi Tahu"; words.go
// tribeFirsts) is an iwi's or a hapū's, a people and a body, never one
// person's, whatever type the tagger gave it.
func tribeNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if w := toks[r.ts].low; r.typ == model.Person && !r.title && r.te-r.ts >= 2 && w[0] == 'n' && tribeFirsts[w] {
			r.typ = model.Organization
		}
	}
	return raw
}

// saintNames (recognising, names36): a saint's name with its possessive
// and capitalised words after it with a head noun among them is one
// body's or place's name ("St Aldhelm's Hospitals Trust", "St. Brannoc's
// Hospital", "Saint Kessock's College"), which the tagger cut at the
// possessive into a saint and a trust. The type is the one the tagger gave
// the words with the head, an organisation's where it gave none.
func saintNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var out []rawMention
	ri := 0 // raw mentions before ri are in out or dropped
	if !writesForm(tz, "st") && !writesForm(tz, "st.") && !writesForm(tz, "saint") {
		return raw // no "St", "St." nor "Saint"
	}
	for k := 0; k+3 < len(toks); k++ {
		if w := toks[k].text; w != "St" && w != "St." && w != "Saint" {
			continue
		}
		n, p := k+1, k+2
		if !toks[n].capital || !toks[n].isNameWord() || toks[p].text != "'s" && toks[p].text != "’s" || toks[p].sent != toks[k].sent {
			continue
		}
		e := p + 1
		for e < len(toks) && e-p <= 4 && toks[e].capital && hasLetter(toks[e].text) && toks[e].sent == toks[k].sent {
			e++
		}
		if e == p+1 || !hasHeadWord(tz, p+1, e) {
			continue
		}
		for ri < len(raw) && raw[ri].te <= k {
			out = append(out, raw[ri])
			ri++
		}
		typ, r0 := model.Organization, ri
		for ri < len(raw) && raw[ri].ts < e {
			if raw[ri].title || raw[ri].handle || raw[ri].te > e {
				break
			}
			if raw[ri].te > p && raw[ri].typ != model.Person {
				typ = raw[ri].typ
			}
			ri++
		}
		if ri < len(raw) && raw[ri].ts < e {
			ri = r0 // a mention that runs past it, or a title: leave all be
			continue
		}
		out = append(out, rawMention{ts: k, te: e, typ: typ})
		k = e - 1
	}
	if out == nil {
		return raw
	}
	return append(out, raw[ri:]...)
}

// aliasNames (recognising, names36): a name in brackets after another
// name, with a label that says it is another name for the same thing
// ("Typhoon Marisol (international name: Kaltrop)", "… (also known as
// Vell)"), is a name of that thing and takes its type, which a person's
// name the tagger read it as is not. The label is words in lower case
// ending in "name" and a colon or not, "aka" or "also known as".
func aliasNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := 1; i < len(raw); i++ {
		r, p := &raw[i], &raw[i-1]
		if r.typ != model.Person || p.typ == model.Person || r.title || p.title || r.te >= len(toks) || toks[r.te].text != ")" {
			continue
		}
		k := r.ts - 1
		if k >= 0 && toks[k].text == ":" {
			k--
		}
		e := k // the label's last word
		for k >= 0 && k > p.te && isLowerWord(toks[k].text) {
			k--
		}
		if k != p.te || toks[k].text != "(" || e <= k || toks[k].sent != toks[r.ts].sent {
			continue
		}
		label := mentionText(tz, rawMention{ts: k + 1, te: e + 1})
		if toks[e].low == "name" || label == "aka" || label == "also known as" {
			r.typ = p.typ
		}
	}
	return raw
}
