package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Role nouns the article teaches. The lists of roles cannot hold every
// trade of the world's news ("geologist", "winemaker", "imam"), but an
// article that writes "Kofi Owusu, a geologist at the University of
// Ghana," and later "“…,” the geologist said" has told which person the
// noun is: a lower-case noun that heads a name's apposition after "a",
// "an" or "the" (and modifiers), and ends its noun phrase ("of", "at",
// "for", "in", "from", a comma or a full stop), is a role of that person
// for the descriptions after it (appositeRole, describedSpeaker).

// apposedRoleNoun is the lower-case noun heading the apposition at token p of
// the name ending at me, when it ends its noun phrase; "" otherwise.
func (at *attributor) apposedRoleNoun(me, p int) string {
	toks := at.tz.toks
	if p+1 >= len(toks) || !toks[me+1].in(wcDeterminer) || !isLowerWord(toks[p].text) || len(toks[p].low) < 4 {
		return ""
	}
	w := toks[p].low
	if genericPersonNouns[w] || toks[p].in(wcPreposition|wcDeterminer|wcPossessive|wcSubordinator|wcSpeechCue|wcPronoun) {
		return ""
	}
	switch toks[p+1].low {
	case "of", "at", "for", "in", "from", ",", ".":
		return w
	}
	return ""
}

// taughtRole reports whether the article, before token s, gave a person
// the noun w as apposedRoleNoun does: "Kofi Owusu, a geologist at …".
func (at *attributor) taughtRole(w string, s int) bool {
	toks := at.tz.toks
	for p := s - 1; p >= 2; p-- {
		if toks[p].low != w || at.qtok[p] >= 0 {
			continue
		}
		d := p - 1
		for d > 0 && p-d < 4 && toks[d].sent == toks[p].sent && !toks[d].in(wcDeterminer) && (toks[d].capital || descriptionModifier(toks[d].low)) {
			d--
		}
		me := d - 1
		if d < 2 || !toks[d].in(wcDeterminer) || toks[me].text != "," || at.ment[me-1] < 0 || at.mend[me-1] != me {
			continue
		}
		if ei := at.ment[me-1]; at.a.Entities[ei].Type == model.Person && at.apposedRoleNoun(me, p) == w {
			return true
		}
	}
	return false
}

// roleAliases give, for a title, the noun a later description calls its
// holder by: "Justice Ann Reed" is "the judge".
var roleAliases = map[string]string{"justice": "judge", "magistrate": "judge"}

// titledRoles are titles the role lists keep as modifiers of another
// ("chief executive") but which, written alone before a name, are the
// role a later description names: "Chief Emeka Nwosu … the chief said".
var titledRoles = wordSet(`chief`)

// apposedAdjective reports whether a lower-case word before a role noun
// may be its modifier in a description a name stands in apposition to,
// though no list holds it ("Qatar's special envoy, Sheikh Nasser Al
// Thani,"): no preposition, verb of speech, subordinator or participle.
func apposedAdjective(t *token) bool {
	w := t.low
	return isLowerWord(t.text) && !t.in(wcPreposition|wcSpeechCue|wcSubordinator|wcPronoun) && !coordinators[w] &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// relativeRoles give, for a verb of office in a relative clause right
// after a name, the role it gives: "Nazma Akter, who heads a workers'
// federation," is a head, told as one, not a person of no told role
// whom a later "the minister" might be (describedHolder).
var relativeRoles = map[string]string{"heads": "head", "leads": "leader", "runs": "head", "chairs": "chair",
	"directs": "director", "manages": "manager", "owns": "owner", "founded": "founder", "represents": "representative",
	"coaches": "coach", "teaches": "teacher", "advises": "adviser", "edits": "editor", "captains": "captain"}

// relativeRole is the role a relative clause after the name ending at e
// gives (relativeRoles), or "".
func (at *attributor) relativeRole(e int) string {
	toks := at.tz.toks
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].low != "who" || toks[e+2].sent != toks[e].sent {
		return ""
	}
	return relativeRoles[toks[e+2].low]
}
