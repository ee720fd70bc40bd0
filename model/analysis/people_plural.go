package analysis

import "strings"

// A bare plural of people is a subject that speaks ("Border Patrol agents
// said", "Corporate lobbyists describe …"), whether or not its noun is one
// of the listed heads of speaking people: nouns of agents in the plural
// end the way these do. unnamed asks it only of the last word of a phrase
// with a modifier before it, as a lone word with these endings may as
// well be a verb ("he answers", "it matters").

// peoplePlural reports whether the lower-case word w reads as a plural
// noun of people: a suffix of agents ("lobbyists", "farmers", "historians",
// "residents") and no noun of things the list of exceptions knows.
func peoplePlural(w string) bool {
	if len(w) < 6 || notPeoplePlurals[w] {
		return false
	}
	for _, suf := range peoplePluralEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// peoplePluralEndings end plural nouns of agents.
var peoplePluralEndings = []string{"ists", "ers", "ors", "ians", "ants", "ents"}
