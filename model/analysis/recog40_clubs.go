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
	if !writesClubLetters(tz) {
		// no club letters in the article: of the loop below, only the
		// full stops the tagger took in are left to trim
		for i := range raw {
			if r := &raw[i]; !r.title && !r.handle && r.te-r.ts > 1 && toks[r.te-1].text == "." {
				r.te--
			}
		}
		return raw
	}
	joined := false
	club := clubLettersOf(tz, raw)
	for i := range raw {
		r := &raw[i]
		if r.title || r.handle || r.te <= r.ts {
			continue
		}
		if r.te-r.ts > 1 && toks[r.te-1].text == "." {
			r.te-- // "Dreams FC." with the sentence's full stop the tagger took in (recog45)
		}
		if !club(toks[r.te-1].text) {
			if e := r.te; e < len(toks) && toks[e].sent == toks[r.ts].sent && club(toks[e].text) && (i+1 >= len(raw) || raw[i+1].ts > e) {
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
// a sporting club's, but in an article that names a club by letters of
// these (clubLettersOf).
var clubLetters = wordSet(`FC AFC CF FK SK BK F.C. A.F.C.`)

// clubLettersShape: w has the shape every word of clubLetters has, with
// a full stop after it or none: two to seven bytes, a capital, then a
// capital or a full stop. The recogniser asks of the words at and after
// the end of every name, nearly none of them club letters, which the
// shape tells without hashing the word (TestClubLettersShape).
func clubLettersShape(w string) bool {
	return len(w) >= 2 && len(w) <= 7 && w[0]-'A' < 26 && (w[1]-'A' < 26 || w[1] == '.')
}

// clubLettersOf gives the test of club letters for the article: those of
// clubLetters, and "SC" too where a mention of the tagger's ends in one of
// them or has one right after it: "Kessa SC drew 1-1 with Vellport FC"
// is a club, where "Themba Vell SC told the court" in an article of no
// club is counsel (recog45).
func clubLettersOf(tz *tokenized, raw []rawMention) func(string) bool {
	toks := tz.toks
	// letters written onto a sentence's full stop ("host Dreams FC.")
	club := func(w string) bool {
		return clubLettersShape(w) && (clubLetters[w] || len(w) > 2 && w[len(w)-1] == '.' && clubLetters[w[:len(w)-1]])
	}
	for _, r := range raw {
		if r.te > r.ts && (club(toks[r.te-1].text) || r.te < len(toks) && club(toks[r.te].text)) {
			return func(w string) bool { return club(w) || w == "SC" || w == "SC." }
		}
	}
	return club
}
