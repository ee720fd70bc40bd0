package analysis

// pronounOf is pronouns[t.low], asked of the map only for a token whose
// class says its form is one of the map's keys (wcPronoun): the subject
// searches ask it of most words they pass.
func pronounOf(t *token) string {
	if !t.in(wcPronoun) {
		return ""
	}
	return pronouns[t.low]
}
