package analysis

import "github.com/byline-reader/byline/model"

// Ages as descriptions: "the 54-year-old" and "the 54-year-old nurse"
// name the one person the article gave that age, however it wrote it:
// "Amina Wekesa, 54,", "Amina Wekesa (54)", "Amina Wekesa, aged 54,",
// "Amina Wekesa, a 54-year-old nurse,", "54-year-old nurse Amina Wekesa".
// An age tells one person from another better than any role, so it
// decides before the role does; two people of that age in reach leave the
// description as written.

// agedDescription is the age of the definite description toks[s:e] that
// an age noun heads or modifies ("the 54-year-old", "the 54-year-old
// nurse", "the 54-year-old mother of three"), or "".
func (at *attributor) agedDescription(s, e int) string {
	toks := at.tz.toks
	if e-s < 2 || e-s > 7 || toks[s].low != "the" {
		return ""
	}
	age := ""
	for k := s + 1; k < e; k++ {
		t := &toks[k]
		if t.low == "of" && age != "" && k > s+1 {
			break // "the 54-year-old mother of three"
		}
		if at.qtok[k] >= 0 || !isLowerWord(t.text) && !isDigitAt(t.text, 0) || at.ment[k] >= 0 || isPossessive(t.text) {
			return "" // "the 54-year-old's lawyer"
		}
		if a := yearsOld(t.low); a != "" || ageBands[t.low] != "" {
			if age != "" {
				return ""
			}
			age = a
			if a == "" {
				age = ageBands[t.low] // "the teenager" (coref40_age.go)
			}
		} else if t.in(wcPreposition|wcDeterminer|wcPossessive|wcSpeechCue|wcPronoun) || clauseBreaks[t.low] {
			return ""
		}
	}
	return age
}

// writtenAge is the age the article writes with the person's mention
// toks[ms:me], before it ("54-year-old Amina Wekesa", "the 54-year-old
// nurse Amina Wekesa") or after it (", 54,", " (54)", ", aged 54,", ", a
// 54-year-old nurse,"), or "".
func (at *attributor) writtenAge(ms, me int) string {
	toks := at.tz.toks
	for p := ms - 1; p >= 0 && ms-p <= 3 && toks[p].sent == toks[ms].sent && at.ment[p] < 0 && at.qtok[p] < 0; p-- {
		if a := yearsOld(toks[p].low); a != "" {
			return a
		}
		if !isLowerWord(toks[p].text) || toks[p].in(wcDeterminer) {
			break
		}
	}
	if me+2 >= len(toks) || toks[me+1].sent != toks[me].sent || at.qtok[me] >= 0 {
		return ""
	}
	switch {
	case toks[me].text == "(" && toks[me+2].text == ")" && isAge(toks[me+1].text):
		return toks[me+1].text // "Amina Wekesa (54)"
	case toks[me].text != ",":
		return ""
	case isAge(toks[me+1].text) && (toks[me+2].text == "," || toks[me+2].text == "."):
		return toks[me+1].text // "Amina Wekesa, 54,"
	case me+3 < len(toks) && toks[me+1].low == "aged" && isAge(toks[me+2].text) && (toks[me+3].text == "," || toks[me+3].text == "."):
		return toks[me+2].text // "Amina Wekesa, aged 54,"
	}
	// ", a 54-year-old nurse," or ", 54-year-old nurse,": the age among the
	// first words of the apposition
	for p := me + 1; p < len(toks) && p-me <= 4 && toks[p].sent == toks[me].sent && at.qtok[p] < 0; p++ {
		if a := yearsOld(toks[p].low); a != "" {
			return a
		}
		if !isLowerWord(toks[p].text) || p > me+1 && toks[p].in(wcDeterminer) {
			break
		}
	}
	return ""
}

// ageHolder is the person whose age the article gave as age before token
// s (writtenAge), within reach; -1 when none, or when two people were
// given that age.
func (at *attributor) ageHolder(s int, age string) int {
	holder := -1
	at.mentionsBack(s, model.Person, func(ei, ms, me int) bool {
		if !ageFits(at.writtenAge(ms, me), age) {
			return false
		}
		if holder >= 0 && holder != ei {
			holder = -1
			return true // "Reed, 54, and Osei, 54,": either
		}
		holder = ei
		return false
	})
	return holder
}
