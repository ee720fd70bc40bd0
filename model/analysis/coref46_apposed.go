package analysis

// A person the article described as something else is not the office
// holder a description means: "Governor Pamela Baricuatro said … ⏎ Glenn
// Soco, a rescue worker, said … ⏎ “…,” the governor said" and "Her
// deputy, Glenn Soco, said …" left "the governor" as written, the passage
// being about Soco, whom no role of an office told apart (otherRoleOnly
// asks only of offices). A noun of a person written with the name in
// apposition, other than the office, tells who they are.

// describedOtherwise reports whether a mention of the person ei before
// token s, outside quotations, is set off with a noun of a person that is
// not the office role: ", a rescue worker,", ", her deputy,", or "Her
// deputy, Glenn Soco,".
func (at *attributor) describedOtherwise(ei, s int, role string) bool {
	if !personTitles[role] || anyOffice[role] {
		return false
	}
	toks := at.tz.toks
	for _, m := range at.a.Entities[ei].Mentions {
		if m.Start >= toks[s].Start {
			break
		}
		ms := at.tokAt(m.Start)
		if ms < 0 || at.qtok[ms] >= 0 || at.ment[ms] != ei || at.mstart[ms] != ms {
			continue
		}
		me := at.mend[ms]
		// before: "Her deputy, Glenn Soco"
		if p := ms - 1; p >= 2 && toks[p].text == "," && toks[p].sent == toks[ms].sent && otherPersonNoun(toks[p-1].low, role) &&
			(toks[p-2].in(wcPossessive) || isPossessive(toks[p-2].text)) {
			return true
		}
		// after: "Glenn Soco, a rescue worker," "Glenn Soco, her deputy,"
		if me+1 < len(toks) && toks[me].text == "," && toks[me+1].sent == toks[ms].sent {
			w := toks[me+1].low
			if w != "a" && w != "an" && !toks[me+1].in(wcPossessive) {
				continue
			}
			for j := me + 2; j < len(toks) && j-me <= 5 && toks[j].sent == toks[ms].sent && isLowerWord(toks[j].text); j++ {
				if roleHead(toks[j].low) != "" && roleMatches(roleHead(toks[j].low), role) || anyOffice[toks[j].low] {
					break
				}
				if otherPersonNoun(toks[j].low, role) && at.apposedEnd(j+1, toks[ms].sent) {
					return true
				}
			}
		}
	}
	return false
}

// otherPersonNoun reports whether w is a noun of a person other than the
// office role: a worker's, a relation's or another role's.
func otherPersonNoun(w, role string) bool {
	if anyOffice[w] {
		return false
	}
	if r := roleHead(w); r != "" {
		return !roleMatches(r, role)
	}
	return personNouns[w] || genericPersonNouns[w] || describedPersonNouns[w] || agentNouns[w] || moreAnonNouns[w]
}
