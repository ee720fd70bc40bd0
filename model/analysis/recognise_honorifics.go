package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// honorificNames takes the honorifics of many countries out of the names
// the tagger ran over them, before personNames mends names around titles.
// The tagger learnt names from news that writes "Mr." and "Senator", so it
// keeps "Alhaji", "Smt" or "Tan Sri" inside a name and sometimes calls the
// whole a body ("Puan Sri Lakshmi Rao"). Three things here:
//   - the two words of an honorific pair (honorificPairs) near a mention
//     become titles on those tokens only, so that "Tan" and "Sri" stay
//     name words elsewhere ("Tan Wei Ming", "Sri Lanka");
//   - honorifics that open a mention leave it, and what is left, name words
//     alone, is a person's name whatever type the tagger gave it;
//   - a mention that is honorifics alone ("Dato'") is dropped;
//   - "Auntie" and "Uncle" make a person only of a full name after them:
//     "Uncle Sam" is a country's figure (kinHonorifics).
func honorificNames(tz *tokenized, raw []rawMention) []rawMention {
	if tz.kinds&wkHonorific == 0 {
		// no honorific in the article, so none to take out and no pair
		// to mark (nearly every article): the walk below would keep
		// every mention as it is
		return raw
	}
	toks := tz.toks
	out := raw[:0]
	for _, r := range raw {
		if r.title {
			out = append(out, r)
			continue
		}
		// the pairs open up to two tokens before the mention ("Tan Sri"
		// and an apostrophe: "Dato' Sri"), at its start, or inside it
		// right after a title ("Menteri Besar Datuk Seri Ali Hamid"). The
		// first words are of three to seven letters, open with d, m, p, t
		// or y and have a, e, o or u second, which a few bytes tell of
		// nearly every word ("The", "Trump") before the map is asked.
		for k := max(r.ts-2, 0); k < r.te && (k <= r.ts || toks[k-1].in(wcPersonTitle)); k++ {
			if w := toks[k].low; len(w) >= 3 && len(w) <= 7 && (w[0] == 'd' || w[0] == 'm' || w[0] == 'p' || w[0] == 't' || w[0] == 'y') &&
				(w[1] == 'a' || w[1] == 'e' || w[1] == 'o' || w[1] == 'u') && toks[k].capital && toks[k].sent == toks[r.ts].sent {
				markHonorificPair(toks, k)
			}
		}
		ts, te := r.ts, letterEnd(toks, r.ts, r.te)
		for ts < te && isHonorific(&toks[ts]) {
			ts++
		}
		switch {
		case ts == te:
			// honorifics alone: no name
		case ts > r.ts && namePieces(tz, ts, te) == te && (te-ts >= 2 || !kinHonorifics[toks[ts-1].low]):
			r.ts, r.typ = ts, model.Person
			out = append(out, r)
		default:
			// no honorific, or words after it that are no name's ("Madam
			// Secretary", a show)
			out = append(out, r)
		}
	}
	return out
}

// isHonorific: a capitalised honorific, or a word of a pair markHonorificPair
// made a title, at the token.
func isHonorific(t *token) bool {
	if !t.capital || !t.in(wcPersonTitle) {
		return false
	}
	return worldHonorifics[t.low] || honorificPairs[t.low] != "" || t.in(wcTitleSeed) && !personTitles[t.low]
}

// markHonorificPair makes the words of an honorific pair that opens at k
// ("Tan Sri", "Dato' Seri") titles on those tokens: person titles and title
// seeds, so that personNames keeps them out of the name after them. The
// second word is capitalised and may follow an apostrophe of the first.
func markHonorificPair(toks []token, k int) {
	seconds := honorificPairs[toks[k].low]
	if seconds == "" {
		return
	}
	n := k + 1
	if n < len(toks) && (toks[n].text == "'" || toks[n].text == "’") {
		n++
	}
	if n >= len(toks) || !toks[n].capital || toks[n].sent != toks[k].sent {
		return
	}
	for _, w := range strings.Fields(seconds) {
		if toks[n].low == w {
			for _, y := range []int{k, n} {
				toks[y].class |= wcPersonTitle | wcTitleSeed
				toks[y].nameWord = 0
			}
			return
		}
	}
}
