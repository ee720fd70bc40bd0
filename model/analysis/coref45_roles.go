package analysis

// Roles the lists gain after the role table is built. roleWords
// (words.go) is filled from personRoles when the package's variables are
// set, before the init functions that add the roles of the street, of
// trades and of sport to personRoles (streetRoles, moreOccupations,
// recog37Roles, recog40Roles) run; so "replacement hooker Pita Tapu" was a
// person to the recogniser but "the hooker said" no description to the
// chains. Every such role joins the table here, but the words that also
// name a place, a body or a thing as speakers ("the centre said", "the
// wing said").

// lateRoleExceptions are roles of personRoles that are no description of
// a person on their own: a body or a place ("centre" of research, "wing"
// of a party), a thing ("lock", "prop"), or a business ("miner").
var lateRoleExceptions = wordSet(`centre wing lock prop miner cleaner driver`)

// lateRoles are the roles this file adds to the table: nouns of a trade
// the article may teach as "a geologist at …" teaches it (coref40_roles.go),
// which the taught step weighs as before.
var lateRoles = map[string]bool{}

func init() {
	// the lists themselves, not personRoles: this file's init may run
	// before theirs
	for _, set := range []map[string]bool{streetRoles, moreOccupations, recog37Roles, recog40Roles} {
		for w := range set {
			if roleWords[w] == "" && !roleModifiers[w] && !lateRoleExceptions[w] {
				roleWords[w], lateRoles[w] = w, true
			}
		}
	}
}

// sportPositions are the positions of team sport that describe a player
// on second reference as "the striker" does ("the quarterback said", "the
// centre-back said"), which no role list holds. They join the role table
// only: whether one before a name opens a person's name is the
// recogniser's to say.
var sportPositions = wordSet(`quarterback linebacker cornerback tailback pitcher catcher shortstop outfielder infielder
centre-back center-back left-back right-back full-back wing-back fullback halfback half-back five-eighth stand-off
wicketkeeper wicket-keeper all-rounder netminder playmaker reliever closer slugger baseman left-hander right-hander
southpaw hurler spinner off-spinner leg-spinner seamer paceman goaltender defenceman defenseman`)

func init() {
	for w := range sportPositions {
		if roleWords[w] == "" {
			roleWords[w] = w
		}
	}
}

// shirtNumber reports whether the description toks[s:head+1] ends in a
// position told by its number, "the No 8", "the No. 10", "the world
// number one": "No", "No." or "number", then a number of at most two
// digits or a number word.
func shirtNumber(toks []token, s, head int) bool {
	if head-1 <= s {
		return false
	}
	switch toks[head-1].low {
	case "no", "no.", "number":
	default:
		return false
	}
	w := toks[head].low
	if numberWords[w] {
		return true
	}
	return len(w) <= 2 && isDigitAt(w, 0) && (len(w) == 1 || isDigitAt(w, 1)) && w != "0"
}
