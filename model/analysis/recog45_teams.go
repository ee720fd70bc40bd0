package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// A team or a body the recogniser took for a person where the sentence
// names one of its people by their place in it: "Kessa Rovers coach
// Ebenezer Mensah", "Vellport goalkeeper Ama Osei", "Halvard chairman Ivo
// Brandt". A person's name is not followed by another's role in a team
// and that person's name, but a team's or a body's is; a person's own
// name before another's staff role ("Holm spokesman Tom Reed") is the
// name of a person the article names in full, with a given name, which
// stays.

// A team's fixtures name it too in a match report (a score among the
// words): a plural verb after a name of one team, as British usage has
// it ("Kessary Cities host Vellport"), or the fixture's verb before it
// ("host Kessary Cities", "travel to Holmby").

// recog45TeamRoles are places in a team or a club that news writes
// between the club's name and the player's or the official's.
var recog45TeamRoles = wordSet(`coach manager captain skipper goalkeeper keeper striker midfielder defender
winger forward fullback full-back centre-back playmaker batsman batter bowler opener spinner pitcher
catcher outfielder infielder shortstop reliever fly-half scrum-half chairman boss wicketkeeper
wicket-keeper all-rounder`)

// teamBeforeRole (a linking pass), after teamShortNames, types an
// organisation a name the recogniser took for a person's whose mention
// stands right before a role in a team (recog45TeamRoles) and a person's
// name after it, in one sentence, or, in a match report, beside a verb of
// a team's fixtures (teamVerbBeside), with every mention of its key: not
// a name that opens with a known given name or ends another person's
// fuller name, nor one with a person's title before a mention.
func teamBeforeRole(l *linker) {
	teamShortNames(l)
	toks, ms := l.tz.toks, l.ms
	var teams map[string]bool
	sport := -1 // hasScore, asked once a name stands beside a team's verb: -1 not yet
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person || m.title || m.te+1 >= len(toks) || !toks[m.ts].capital {
			continue
		}
		if sport != 0 && teamVerbBeside(toks, m.ts, m.te) {
			if sport < 0 {
				sport = 0
				if hasScore(toks) {
					sport = 1
				}
			}
		}
		if sport == 1 && teamVerbBeside(toks, m.ts, m.te) {
			if teams == nil {
				teams = map[string]bool{}
			}
			teams[m.key] = true
			continue
		}
		r := &toks[m.te]
		if r.capital || r.sent != toks[m.ts].sent || l.tz.lex(m.te)&lxTeamRole == 0 {
			continue
		}
		if i+1 >= len(ms) || ms[i+1].ts != m.te+1 || ms[i+1].typ != model.Person {
			continue // "Kessa coach Ana Ruiz": the person right after the role
		}
		if teams == nil {
			teams = map[string]bool{}
		}
		teams[m.key] = true
	}
	if teams == nil {
		return // most articles
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person {
			continue
		}
		if teams[m.key] {
			if givenOrNamedAt(l.tz, m.ts) || m.ts > 0 && toks[m.ts-1].in(wcPersonTitle) {
				teams[m.key] = false
			}
			continue
		}
		if m.te-m.ts > 1 {
			for k := range teams {
				if l.lastWord(*m) == lastKeyWord(k) {
					teams[k] = false // "Ruiz" of Ana Ruiz
				}
			}
		}
	}
	for i := range ms {
		if m := &ms[i]; m.typ == model.Person && teams[m.key] {
			m.typ = model.Organization
		}
	}
}

// teamNickname reports a word that ends a team's name as its nickname, a
// plural with a capital ("Falcons", "Herons", "Rovers") that is no head of
// a body's name: the team goes by the word before it alone ("Kuromatsu" for
// the Kuromatsu Falcons), which the tagger takes for a person.
func teamNickname(t *token) bool {
	n := len(t.low)
	return t.capital && n > 4 && t.low[n-1] == 's' && t.low[n-2] != 's' && t.low[n-2] != '\'' && !t.in(wcHead) && !isAcronym(t.text) &&
		!descriptorWords[t.low[:n-1]] && !recog45GroupPlurals[t.low]
}

// recog45GroupPlurals are plurals of a party's, a faith's or a people's
// members, which follow a body's name without being a team's nickname
// ("Senate Democrats", "House Republicans", "Labour Greens").
var recog45GroupPlurals = wordSet(`greens nationalists unionists loyalists republicans democrats leaders members
lawmakers senators voters supporters workers`)

// teamShortNames joins a one-word name the recogniser took for a
// person's to the one team of the article named by that word and a
// nickname (teamNickname): "Kuromatsu then travel to Sendai" after "the
// Kuromatsu Falcons". Not a known given name, nor the last word of a
// person's fuller name; a party's plural ("Senate Democrats") is no
// nickname.
func teamShortNames(l *linker) {
	toks, ms := l.tz.toks, l.ms
	var team map[string]int // first word -> the team's mention, -1 when two teams share it
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Organization || m.te-m.ts != 2 || m.title || !teamNickname(&toks[m.te-1]) {
			continue
		}
		if team == nil {
			team = map[string]int{}
		}
		w := toks[m.ts].low
		if j, ok := team[w]; ok && j >= 0 && ms[j].key != m.key {
			team[w] = -1
		} else if !ok {
			team[w] = i
		}
	}
	if team == nil {
		return // most articles
	}
	for i := range ms {
		m := &ms[i]
		if m.typ == model.Person && m.te-m.ts > 1 {
			delete(team, l.lastWord(*m)) // "Saeki" of Ryota Saeki
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person || m.te-m.ts != 1 || m.title || m.key != toks[m.ts].low || givenNameGender(m.key) != "" || givenNames[m.key] {
			continue
		}
		if j, ok := team[m.key]; ok && j >= 0 {
			m.key, m.name, m.typ = ms[j].key, ms[j].name, ms[j].typ
		}
	}
}

// hasScore reports a score among the tokens ("2-1", "4-3"): a report of
// a match, where teams do what teams do.
func hasScore(toks []token) bool {
	for k := range toks {
		if w := toks[k].text; len(w) >= 3 && len(w) <= 5 && w[0] >= '0' && w[0] <= '9' && isMatchScore(w) {
			return true
		}
	}
	return false
}

// isMatchScore: one or two figures, a hyphen, one or two figures.
func isMatchScore(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 2 || len(w)-i-1 < 1 || len(w)-i-1 > 2 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k != i && (w[k] < '0' || w[k] > '9') {
			return false
		}
	}
	return true
}

// teamVerbBeside reports a verb of a team's fixtures beside the name
// [ts, te) in a match report: after it in the plural a team takes in
// British usage ("Kessa host Vellport", "Kessa travel to Holm"), the name
// no item of a list; or before it ("host Kessa Rovers", "travel to
// Kessa", "a trip to Kessa").
func teamVerbBeside(toks []token, ts, te int) bool {
	if te < len(toks) && toks[te].sent == toks[ts].sent && teamVerb(toks[te].text) &&
		(ts == 0 || toks[ts-1].low != "and" && toks[ts-1].text != "," && toks[ts-1].low != "&") {
		return true
	}
	if ts == 0 || toks[ts-1].sent != toks[ts].sent {
		return false
	}
	p := toks[ts-1].low
	if teamVerb(p) || teamVerbThird(p) {
		return true
	}
	return p == "to" && ts > 1 && (toks[ts-2].low == "travel" || toks[ts-2].low == "travels" || toks[ts-2].low == "trip")
}

// teamVerb: w is a verb of a team's fixtures in the plural a team takes;
// teamVerbThird, one of the forms a name before them may take too. A
// switch, not a map: teamVerbBeside asks them of the words around every
// person's name.
func teamVerb(w string) bool {
	switch w {
	case "host", "travel", "visit":
		return true
	}
	return false
}

func teamVerbThird(w string) bool {
	switch w {
	case "hosts", "hosted", "visits", "visited":
		return true
	}
	return false
}
