package analysis

// An office's title written in capitals before a name is often cut from
// the name by the tagger in two: "Chief Financial Officer, Ana Ruiz" gave
// the person "Financial Officer" and the person "Ana Ruiz" (furn30). No
// person's name ends with the noun of an office, so a person's mention
// whose last word is one, and whose other words are words of titles
// ("Chief", "Financial", "Deputy") or words the article writes in lower
// case, is the title alone and no one.

// titleEndNouns end the titles of offices and never a person's name.
var titleEndNouns = wordSet(`officer director executive secretary manager minister chairman chairwoman chairperson
spokesman spokeswoman spokesperson superintendent commissioner treasurer comptroller administrator
undersecretary vice-president vice-chairman governor president senator congressman congresswoman`)

// titleOnly reports whether the person's mention [ts, te) is an office's
// title and no name: "Financial Officer", "Executive Director".
func titleOnly(tz *tokenized, ts, te int) bool {
	if te-ts < 1 || te-ts > 4 || tz.lex(te-1)&lxTitleEnd == 0 {
		return false
	}
	for k := ts; k < te-1; k++ {
		w := tz.toks[k].low
		if !officeQualifiers[w] && !titleModifiers[w] && !titleEndNouns[w] && !tz.usedInLowerCase(w) && !usStates[w] && !usStateNames[w] && !partyWords[w] {
			return false
		}
	}
	return true
}

// partyWords name a party in an office's title: "Democratic Governor".
var partyWords = wordSet(`democratic republican labour labor conservative liberal socialist green`)

// officeQualifiers qualify the noun of an office in its title.
var officeQualifiers = wordSet(`chief deputy vice acting interim general principal permanent regional national global
financial operating technology technical information marketing commercial creative medical legal compliance
investment communications product finance foreign home interior defence defense health education justice
trade prime first second press cabinet private special`)
