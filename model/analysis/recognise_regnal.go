package analysis

import "github.com/byline-reader/byline/model"

// Regnal numbers. A monarch's or a pope's name ends in a Roman numeral:
// "Queen Elizabeth II", "Henry VIII", "Pope Benedict XVI", "Charles VI".
// The tagger ends the name before the numeral now and then, or opens a
// name of its own with it ("II visited Canada", typed a work), and the
// person is listed by the given name alone.

// regnalNames takes the Roman numeral right after a person's name into
// it, cutting it from a mention it opens. "I" counts only after a
// monarch's title ("Queen Elizabeth I"), for "Hank Green I said" is the
// pronoun.
func regnalNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := range raw {
		r := &raw[i]
		k := r.te
		if r.typ != model.Person || r.title || k >= len(toks) || toks[k].sent != toks[r.ts].sent || !regnalNumber(tz, r.ts, k) {
			continue
		}
		if i+1 < len(raw) && raw[i+1].ts <= k {
			n := &raw[i+1]
			if n.ts < k || n.title {
				continue
			}
			n.ts = k + 1 // "II visited Canada": the rest is its own
			for n.ts < n.te && lowerNotName(&toks[n.ts]) {
				n.ts++
			}
			if n.ts >= n.te {
				n.te, drop = n.ts, true
			}
		}
		r.te = k + 1
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// regnalNumber reports whether token k, after the person's name opening
// at ts, is a regnal number: a Roman numeral of two letters or more up to
// XXX ("II", "VIII", "XVI"), or "I" after a monarch's title.
func regnalNumber(tz *tokenized, ts, k int) bool {
	w := tz.toks[k].text
	if w == "I" {
		return ts > 0 && monarchTitles[tz.toks[ts-1].low]
	}
	return len(w) >= 2 && romanNumeral(w)
}

// romanNumeral: I to XXXIX in capitals.
func romanNumeral(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] == 'X' {
		i++
	}
	switch rest := w[i:]; rest {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return w != ""
	}
	return false
}

// monarchTitles stand before the names of monarchs and popes.
var monarchTitles = wordSet(`king queen pope emperor empress tsar czar tsarina sultan`)
