package analysis

import "github.com/byline-reader/byline/model"

// A place named before an office whose holder stands for it: "Vermont
// Sen. Ada Holm", "Ohio Governor Ivo Reed", "Dunmore Mayor Tomas Brandt".
// The tagger, having learnt "Senate Majority Leader" and "Apple CEO", types
// the word before a title a body; before an office that a state, a
// province or a town elects it is the place. So is the name before a
// primary or a caucus: "the New Hampshire primary".

// placesBeforeOffices types as a place a name of one to three name words
// the tagger typed an organisation, right before a territorial office
// written with a capital and a name after it, or before such an office,
// the place's people or its vote in lower case ("the Vermont senator",
// "Ohio voters", "the Iowa caucuses"). Not a party or a nationality ("Democratic Sen.", "GOP Gov."),
// an acronym, a name with a body's head word ("Harbour Council Mayor"),
// or one with a word the article writes in lower case too ("Federal
// Reserve Governor"), but the "New" or "North" that opens a place's name.
func placesBeforeOffices(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Organization || r.title || r.te-r.ts > 3 || r.te >= len(toks) || toks[r.te].sent != toks[r.ts].sent {
			continue
		}
		if !officeAfter(tz, r.te) && !(tz.lex(r.te)&lxPlaceNounAfter != 0 && toks[r.te].text == toks[r.te].low) {
			continue
		}
		ok := true
		for k := r.ts; k < r.te && ok; k++ {
			if t := &toks[k]; t.in(wcDescriptor) || partyOrFaith(t.low) {
				ok = false // "Democratic Sen.", "the Iowa Republican caucuses"
				break
			}
			ok = toks[k].capital && hasLetter(toks[k].text) && !isAcronym(toks[k].text) && !toks[k].isBodyWord() &&
				!toks[k].in(wcPersonTitle|wcStarter) && (!tz.usedInLowerCase(toks[k].low) || k == r.ts && k+1 < r.te && placeOpeners[toks[k].low])
		}
		if ok {
			r.typ = model.Place
		}
	}
	return raw
}

// officeAfter reports whether a territorial office written with a
// capital opens at token k ("Sen.", "Lt. Gov.", "State Senator"), a name
// word after it.
func officeAfter(tz *tokenized, k int) bool {
	toks := tz.toks
	if k < len(toks) && (toks[k].text == "Lt." || toks[k].text == "Lieutenant" || toks[k].text == "State") {
		k++
	}
	return k+1 < len(toks) && toks[k].capital && tz.lex(k)&lxTerritorialOffices != 0 && toks[k+1].sent == toks[k].sent &&
		toks[k+1].capital && toks[k+1].isNameWord()
}

// territorialOffices are offices whose holders a state, a province or a
// town elects, written before their names (placesBeforeOffices).
var territorialOffices = wordSet(`sen. sen senator rep. rep representative congressman congresswoman gov. gov governor
mayor premier assemblyman assemblywoman delegate del.`)

// placeNounAfter follow, in lower case, the place whose vote, whose
// people or whose elected officer they are: "the Iowa caucuses", "the
// Vermont senator", "Ohio voters".
var placeNounAfter = wordSet(`primary primaries caucus caucuses senator senators governor congressman congresswoman
mayor lawmaker lawmakers legislator legislators voters residents delegation`)

// placeOpeners open places' names and are common words too: "New
// Hampshire", "North Dakota".
var placeOpeners = wordSet(`new north south east west`)

// partyOrFaith: a word of a party, a faith or a group of people, or one
// that names a state's body, which no place's name holds ("Democratic",
// "Evangelical", "Democrats", "Federal Reserve Governor").
func partyOrFaith(w string) bool {
	return w == "democratic" || faithWords[w] || groupNouns[w] || stateBodyWords[w]
}

// stateBodyWords open the names of a state's bodies, not of places.
var stateBodyWords = wordSet(`federal national central royal supreme`)
