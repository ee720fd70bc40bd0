package analysis

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Names as other countries write them (names34). The tagger learnt its
// names from American and British wire copy, and news from New Zealand,
// Malaysia, Scotland or Pakistan writes a few things it never saw there:
//   - a storm's name after its kind ("Cyclone Ita", "Typhoon Haima"),
//     which it reads as a person's or a body's;
//   - the letters of an office or the bar after a full name ("Ailsa Reid
//     MSP", "Tom Hale KC"), which turn the name before them into a body's;
//   - a third name word before a full name ("Umar Javed Niazi"), or the
//     short forms of Muhammad ("Md", "Mohd"), which it leaves out or types
//     apart;
//   - the letters of an office before a surname ("MSP Drummond"), and
//     the Filipino "Ma." for Maria, whose full stop ends a sentence.
//
// worldNames mends these after the other recognising steps.
func worldNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	// stormName does nothing in an article with no storm's word, as most
	// have none: asked of its table of forms once, not of every mention
	storms := false
	for w := range stormWords {
		storms = storms || writesForm(tz, w)
	}
	for i := range raw {
		r := &raw[i]
		if r.title || r.handle || r.te <= r.ts {
			continue
		}
		if storms {
			stormName(tz, raw, i, &drop)
		}
		if r.typ == model.Other {
			continue
		}
		// the first test of each of the three, inlined: most mentions
		// fail it, and none of them changes anything before it
		one, person := r.te-r.ts == 1, r.typ == model.Person
		if one && postNominalAlone(tz, raw, i, &drop) || person && lawName(tz, raw, i, &drop) || person && one && awardName(tz, r) {
			continue
		}
		if r.typ == model.Person && quotedWord(tz, raw, i) {
			r.typ = model.Other
			continue
		}
		// "Circuit Judge Ana Ruiz": the word of a compound title typed
		// alone, as a place, a body or (names36: "In sentencing, District
		// Judge Ana Ruiz said") a person
		if r.te-r.ts == 1 && r.te+1 < len(toks) && isCourtTitleWord(toks[r.ts].low) && toks[r.te].capital &&
			toks[r.te].in(wcPersonTitle) && toks[r.te+1].isNameWord() && toks[r.te+1].sent == toks[r.ts].sent {
			r.te, drop = r.ts, true
			continue
		}
		// "MSP Drummond said": the letters of an office before a name
		if r.te-r.ts >= 2 && r.te-r.ts <= 4 && isOfficeLettersBefore(toks[r.ts].text) && toks[r.ts+1].isNameWord() &&
			namePieces(tz, r.ts+1, r.te) == r.te {
			r.ts, r.typ = r.ts+1, model.Person
		} else if r.te-r.ts == 1 && isOfficeLettersBefore(toks[r.ts].text) {
			// names36: "Local MSP Ada Holm said", the letters typed alone
			// and the name after them left out: two or three name words
			// that no other mention holds and nothing capitalised runs on
			e := r.te
			for e < len(toks) && e-r.te < 3 && toks[e].sent == toks[r.ts].sent && toks[e].capital && toks[e].isNameWord() &&
				(i+1 >= len(raw) || raw[i+1].ts > e) {
				e++
			}
			if e-r.te >= 2 && (e >= len(toks) || !toks[e].capital || toks[e].sent != toks[r.ts].sent) && namePieces(tz, r.te, e) == e {
				r.ts, r.te, r.typ = r.te, e, model.Person
			}
		}
		// "Ma. Luisa Santos": the Filipino short form of Maria, its full
		// stop taken for a sentence's end, typed alone as a place
		if r.te-r.ts == 1 && toks[r.ts].text == "Ma" && r.te+1 < len(toks) && toks[r.te].text == "." &&
			i+1 < len(raw) && raw[i+1].ts == r.te+1 && raw[i+1].typ == model.Person {
			if toks[r.ts].sent == toks[r.te+1].sent {
				// names36: the segmenter keeps "Ma." in the name's
				// sentence (mariaBefore): the short form is her first name
				raw[i+1].ts = r.ts
			}
			r.te, drop = r.ts, true
			continue
		}
		// "Paramedic Sione Tuilagi": a role opening the sentence, which
		// made the tagger call the name a body's
		if r.typ == model.Organization && r.te-r.ts >= 3 && r.te-r.ts <= 4 && roleOpensSentence(toks, r.ts) && !hasHeadWord(tz, r.ts, r.te) &&
			namePieces(tz, r.ts+1, r.te) == r.te {
			r.ts, r.typ = r.ts+1, model.Person
		}
		if r.typ != model.Person {
			ts := r.ts
			if k := r.ts - 1; r.te-r.ts == 1 && k >= 0 && toks[k].sent == toks[r.ts].sent && (i == 0 || raw[i-1].te <= k) {
				r.ts = k // "Seonaid Galbraith MSP", the surname tagged alone
			}
			if postNominalAfter(tz, r) {
				r.typ = model.Person
			} else {
				r.ts = ts
			}
		}
		if r.typ != model.Person {
			continue
		}
		// "Uncle Sam", "Auntie Beeb": a kin honorific before one word
		// makes a figure's name of it, no person's (kinHonorifics)
		if k := r.ts - 1; r.te-r.ts == 1 && k >= 0 && toks[k].capital && isKinHonorific(toks[k].low) && toks[k].sent == toks[r.ts].sent &&
			(i == 0 || raw[i-1].te <= k) {
			r.ts, r.typ = k, model.Other
			continue
		}
		// "Md Shahrul Nizam", "Mohd Faizal": the short forms of Muhammad
		// open the name wherever it stands
		if k := r.ts - 1; k >= 0 && toks[k].capital && isMuhammadForm(strings.TrimSuffix(toks[k].low, ".")) && toks[k].sent == toks[r.ts].sent {
			if i > 0 && raw[i-1].te > k {
				if raw[i-1].ts != k || raw[i-1].te != k+1 {
					continue
				}
				raw[i-1].te, drop = raw[i-1].ts, true
			}
			r.ts = k
		}
		if k := leadingNameWord(tz, raw, i); k >= 0 {
			for j := i - 1; j >= 0 && raw[j].te > k; j-- {
				raw[j].te, drop = raw[j].ts, true // a given name typed alone
			}
			r.ts = k
		}
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// stormName makes raw[i] a storm's name when a capitalised storm word
// opens it or stands right before it ("Typhoon Haima", "Storm Ciarán
// flooded"), the name after the word is one or two name words, and the
// article writes the word or "storm" in lower case too, as a story about
// a storm does ("the cyclone"): "Storm" is a given name as well. A name
// after the word that is a word of a person's full name elsewhere makes
// a figure of speech ("Hurricane Donald" in a story about Donald Trump).
func stormName(tz *tokenized, raw []rawMention, i int, drop *bool) {
	toks := tz.toks
	r := &raw[i]
	k := r.ts
	if !toks[k].capital || !isStormWord(toks[k].low) {
		k = r.ts - 1
		if k < 0 || !toks[k].capital || !isStormWord(toks[k].low) || toks[k].sent != toks[r.ts].sent {
			return
		}
	}
	if k > 0 && toks[k-1].sent == toks[k].sent && (toks[k-1].in(wcPersonTitle) || toks[k-1].is(wkPersonRole) || roleNouns[toks[k-1].low] ||
		compoundRole(toks[k-1].low)) {
		return // "actress Storm Reid": a person's role before the word
	}
	n := r.te - (k + 1)
	if n < 1 || n > 2 || !tz.usedInLowerCase(toks[k].low) && !tz.usedInLowerCase("storm") {
		return
	}
	for e := k + 1; e < r.te; e++ {
		if !toks[e].isNameWord() || toks[e].in(wcHead) {
			return
		}
	}
	for j := range raw {
		// "Hurricane Donald" in a story about Donald Trump: a figure of speech
		if o := &raw[j]; j != i && o.typ == model.Person && o.te-o.ts >= 2 {
			for e := o.ts; e < o.te; e++ {
				if tz.forms[e] == tz.forms[k+1] {
					return
				}
			}
		}
	}
	if k < r.ts && i > 0 && raw[i-1].te > k {
		if raw[i-1].ts != k || raw[i-1].te != k+1 {
			return
		}
		raw[i-1].te, *drop = raw[i-1].ts, true // the storm word typed alone
	}
	r.ts, r.typ = k, model.Other
}

// postNominalAfter reports a name of two or three name words that the
// letters of an office, the bar or an honour close or follow ("Ailsa Reid
// MSP", "Tom Hale KC"): a person's, whatever type the tagger gave it;
// worldNames asks it too of a surname the tagger typed alone with the word
// before it.
// None of its words is a head noun nor written in lower case in the
// article.
func postNominalAfter(tz *tokenized, r *rawMention) bool {
	toks := tz.toks
	ts, te := r.ts, r.te
	switch {
	case te-ts >= 3 && isPostLetters(toks[te-1].text):
		te--
	case te < len(toks) && toks[te].sent == toks[te-1].sent && isPostLetters(toks[te].text):
	default:
		return false
	}
	if te-ts < 2 || te-ts > 3 {
		return false
	}
	for k := ts; k < te; k++ {
		if !toks[k].isNameWord() || toks[k].in(wcHead) || tz.usedInLowerCase(toks[k].low) || isAllCapitals(toks[k].text) {
			return false
		}
	}
	return true
}

// leadingNameWord is the first token of the given names right before the
// person's name raw[i] that the tagger left out or typed alone as a body
// ("Umar" of "Umar Javed Niazi"), or -1. The first word is a known given
// name or one the tagger typed alone as a body, which tells a name of a
// place or a country it did not know ("Sadiq Khan"), where a capitalised
// verb or adjective it left alone is none ("the Stop Ada movement",
// "Greater Vell Open"). The words, one or two, are name
// words written with a capital and never in lower case nor in capitals,
// no title, role, party or demonym ("Pastor", "Major-General",
// "Republican"), no hyphenated modifier nor contraction ("Boston-based",
// "I’m"), no verb of a headline ("Calls"); a comma or a word in lower
// case other than an article stands right before the first, so that it
// opens no sentence ("Using Ted Cruz") nor a name of its own ("the Stop
// Trump movement", "a group called Stop Ada"); none is in the
// headline, whose words are all capitalised; the name grows to three words at most; a
// word the tagger typed is a body's, alone in its mention, never a
// place's (“in Texas Ruiz said”) nor a thing's.
func leadingNameWord(tz *tokenized, raw []rawMention, i int) int {
	toks := tz.toks
	r := &raw[i]
	if r.te-r.ts > 2 || isAllCapitals(toks[r.ts].text) {
		return -1
	}
	k := -1
	j := i - 1 // the raw mention before
	for e := r.ts - 1; e >= 1 && r.te-e <= 3; e-- {
		t := &toks[e]
		if t.sent != toks[r.ts].sent || t.para < 0 || !t.capital || !t.isNameWord() || t.in(wcHead|wcNameParticle|wcDescriptor) || isStormWord(t.low) ||
			t.is(wkPersonRole) || isAllCapitals(t.text) || tz.usedInLowerCase(t.low) || strings.HasSuffix(t.text, ".") ||
			lowerAfterMark(t.text) || hyphenedTitle(t.low) || headlineVerb(t.low) ||
			personTitles[strings.TrimSuffix(t.low, "s")] || compoundRole(t.low) {
			break
		}
		typed := j >= 0 && raw[j].te > e
		if typed {
			if raw[j].ts != e || raw[j].te != e+1 || raw[j].typ != model.Organization || raw[j].title {
				break
			}
			j--
		}
		if p := &toks[e-1]; (typed || givenAt(tz, e)) && p.sent == t.sent && (p.text == "," || isLowerWord(p.text) && !p.in(wcStarter) && !subjectArticles[p.low] &&
			p.low != "called" && p.low != "named" && !namingWords[p.low]) {
			k = e
		}
	}
	return k
}

// isAllCapitals reports whether w has two capitals or more and no
// lower-case letter ("UK", "ARSENAL").
func isAllCapitals(w string) bool {
	// "Reed": a small ASCII letter second is told without reading runes
	// (after a first letter beyond ASCII the second byte is no letter)
	if len(w) > 1 && w[1]-'a' < 26 {
		return false
	}
	n := 0
	for _, c := range w {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n >= 2
}

// compoundRole reports whether the lower-case w is a word for what a
// person does made of a noun and a role of five letters or more written
// as one word ("steelworker", "dairyfarmer", "songwriter", "bookmaker"):
// roleOpensSentence takes it for a role as it takes "fisherman".
// Shorter roles end too many surnames ("Johnson", "Goldsmith").
func compoundRole(w string) bool {
	for n := 5; n <= len(w)-3; n++ {
		if t := w[len(w)-n:]; personRoles[t] || roleTails[t] {
			return true
		}
	}
	return false
}

// lowerAfterMark reports a hyphen or an apostrophe followed by a
// lower-case letter in w ("Boston-based", "I’m"), which a name word has
// not ("Ashcombe-Reeve", "O’Neill").
func lowerAfterMark(w string) bool {
	for i, c := range w {
		if c == '-' || c == '\'' || c == '’' {
			if rest := w[i+utf8.RuneLen(c):]; rest != "" && isLowerWord(rest) {
				return true
			}
		}
	}
	return false
}

// postNominalAlone: the letters after a name typed alone as a body ("Ana
// Ruiz KC" where the tagger found "KC") mark the name words right before
// them, two or three, as a person's; a role or title before them is no
// part of it ("Counsel Ana Ruiz KC"), and a mention the name words were
// in is cut to the words before them, or dropped when only a role or a
// title is left. Reports whether raw[i] is such letters.
func postNominalAlone(tz *tokenized, raw []rawMention, i int, drop *bool) bool {
	toks := tz.toks
	r := &raw[i]
	if r.te-r.ts != 1 || !isPostLetters(toks[r.ts].text) {
		return false
	}
	s := r.ts
	for k := r.ts - 1; k >= 0 && r.ts-k <= 3 && toks[k].sent == toks[r.ts].sent; k-- {
		t := &toks[k]
		if !t.isNameWord() || t.is(wkPersonRole) || roleNouns[t.low] || t.in(wcHead) || isAllCapitals(t.text) {
			break
		}
		s = k
	}
	if r.ts-s < 2 {
		return false
	}
	for j := i - 1; j >= 0 && raw[j].te > s; j-- {
		if raw[j].typ == model.Person || raw[j].title {
			return false // a person the tagger found: trimmedMentions sheds the letters
		}
	}
	for j := i - 1; j >= 0 && raw[j].te > s; j-- {
		o := &raw[j]
		o.te = max(o.ts, s)
		if o.te-o.ts == 1 && (toks[o.ts].in(wcPersonTitle) || roleNouns[toks[o.ts].low] || toks[o.ts].is(wkPersonRole)) {
			o.te = o.ts
		}
		if o.te == o.ts {
			*drop = true
		}
	}
	r.ts, r.te, r.typ = s, r.ts, model.Person
	return true
}

// lawName: "Bill" or "Act" the tagger took for a person's name, alone or
// with the words of the law's name before it ("the Clean Rivers Bill",
// "Safety Bill" of "the Online Safety Bill"), closes a law's name, a
// thing's: capitalised words right before it in its sentence, none a
// known given name nor a title, open it; nothing capitalised follows.
// Reports whether raw[i] was such a law.
func lawName(tz *tokenized, raw []rawMention, i int, drop *bool) bool {
	toks := tz.toks
	r := &raw[i]
	last := &toks[r.te-1]
	if r.typ != model.Person || last.text != "Bill" && last.text != "Act" || r.te < len(toks) && toks[r.te].capital && toks[r.te].sent == last.sent {
		return false
	}
	s := r.ts
	for k := r.ts - 1; k >= 0 && r.te-k <= 6 && toks[k].sent == last.sent; k-- {
		t := &toks[k]
		if !t.capital || !hasLetter(t.text) || t.in(wcStarter|wcPersonTitle|wcCalendar) {
			break
		}
		s = k
	}
	if s == r.te-1 {
		// names36: "the Bill", "This Bill": a determiner before the word
		// alone, which no person's name takes; not "the Bill and Ana
		// Holm Foundation", a couple's given names
		if k := r.ts - 1; r.te-r.ts == 1 && k >= 0 && toks[k].sent == last.sent && lawDeterminers[toks[k].low] &&
			(r.te >= len(toks) || toks[r.te].low != "and" && toks[r.te].text != "&") {
			r.typ = model.Other
			return true
		}
		return false // "Bill" alone, nothing before it
	}
	for k := s; k < r.te-1; k++ {
		if givenAt(tz, k) || !toks[k].isNameWord() && !isLowerWord(toks[k].text) {
			return false
		}
	}
	for j := i - 1; j >= 0 && raw[j].te > s; j-- {
		if raw[j].ts < s {
			return false
		}
		raw[j].te, *drop = raw[j].ts, true
	}
	r.ts, r.typ = s, model.Other
	return true
}

// awardName: a person's role or a word for a person the tagger took for a
// one-word name, with "of", "the" and capitalised words after it, is an
// award's or an honour's name ("Player of the Match", "Coach of the
// Year"), a thing's; r grows over it. Reports whether r was one.
func awardName(tz *tokenized, r *rawMention) bool {
	toks := tz.toks
	e := r.te
	if r.typ != model.Person || r.te-r.ts != 1 || e+1 >= len(toks) || toks[e].text != "of" || toks[e].sent != toks[r.ts].sent {
		return false // "of" asked first: few names have it after them
	}
	if !personNouns[toks[r.ts].low] || givenAt(tz, r.ts) {
		return false
	}
	e++
	if toks[e].text == "the" {
		e++
	}
	n := e
	for n < len(toks) && n-e < 2 && toks[n].capital && toks[n].sent == toks[r.ts].sent && hasLetter(toks[n].text) {
		n++
	}
	if n == e {
		return false
	}
	r.te, r.typ = n, model.Other
	return true
}

// compoundNames finds the Arabic compound names of Pakistan, Bangladesh
// and India that the tagger left out, written as one hyphenated word with
// "ul", "ur", "ud" or "us" ("of the") inside ("Inzamam-ul-Haq",
// "Ata-ur-Rehman", "Salah-ud-Din"): a person's name, with the name words
// of a person's name the tagger found right before or after it. Bodies
// named so open with a word of a movement or a party ("Hizb-ul-…",
// "Jamaat-ud-…", compoundBodyFirsts) and are left alone, as is a word
// inside a name the tagger found.
func compoundNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	if !mayHoldCompound(tz.text) {
		return raw // no word of the shape: most articles
	}
	var out []rawMention
	j := 0 // the first raw mention not ending before k
	for k := range toks {
		t := &toks[k]
		if !t.capital || len(t.text) < 8 || !compoundName(t.low) {
			continue
		}
		for j < len(raw) && raw[j].te <= k {
			j++
		}
		if j < len(raw) && raw[j].ts <= k {
			continue // inside a name the tagger found
		}
		if out == nil {
			out = make([]rawMention, 0, len(raw)+2)
			out = append(out, raw...)
		}
		out = append(out, rawMention{ts: k, te: k + 1, typ: model.Person})
	}
	if out == nil {
		return raw
	}
	slices.SortFunc(out, func(a, b rawMention) int { return a.ts - b.ts })
	// a person's name right before or after joins it
	merged := out[:0]
	for _, r := range out {
		if n := len(merged); n > 0 && merged[n-1].te == r.ts && merged[n-1].typ == model.Person && r.typ == model.Person &&
			toks[r.ts].sent == toks[merged[n-1].ts].sent && (compoundName(toks[r.ts].low) || compoundName(toks[merged[n-1].te-1].low)) {
			merged[n-1].te = r.te
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// compoundName reports whether the lower-case w is one word of the shape
// "inzamam-ul-haq": three parts, the middle ul, ur, ud or us, the first
// no word of a body's name.
func compoundName(w string) bool {
	a := strings.IndexByte(w, '-')
	if a < 2 || a+4 >= len(w) || w[a+1] != 'u' || w[a+3] != '-' {
		return false
	}
	switch w[a+2] {
	case 'l', 'r', 'd', 's':
	default:
		return false
	}
	rest := w[a+4:]
	return len(rest) >= 2 && strings.IndexByte(rest, '-') < 0 && !compoundBodyFirsts[w[:a]]
}

// quotedWord reports a one-word name set in quotation marks of its own
// (“Hinewai”, ‘Marama’) that the article writes nowhere outside marks
// and in no longer name: a brand's, an album's, a boat's or a horse's
// name, which the tagger took for a person's; a person's name is written
// bare somewhere.
func quotedWord(tz *tokenized, raw []rawMention, i int) bool {
	toks := tz.toks
	enclosed := func(ts, te int) bool {
		return ts > 0 && te < len(toks) && isQuoteMark(toks[ts-1].text) && isQuoteMark(toks[te].text) &&
			toks[ts-1].sent == toks[ts].sent && toks[te].sent == toks[ts].sent
	}
	r := &raw[i]
	if r.te-r.ts != 1 || !enclosed(r.ts, r.te) {
		return false
	}
	if r.ts >= 2 && r.te+1 < len(toks) && toks[r.ts-2].capital && toks[r.te+1].capital {
		return false // a nickname inside a name: Rohan "Bama" Davey
	}
	f := tz.forms[r.ts]
	for j := range raw {
		o := &raw[j]
		for k := o.ts; k < o.te; k++ {
			if tz.forms[k] == f && (o.te-o.ts > 1 || !enclosed(o.ts, o.te)) {
				return false
			}
		}
	}
	return true
}
