package analysis

import "github.com/byline-reader/byline/model"

// The one business in reach: "Vellmora Steel said on Monday it would
// close a furnace. The plant employs 1,200 people. “…,” the company said."
// The body description step (coref_bodies.go) takes a body the article
// gave the noun, or the subject of the passage; a sentence about
// something else between ("The plant employs …") ends its search, and a
// company's name seldom tells its kind. When the article names one
// organisation alone within reach, outside quotations, a noun of business
// or of any body ("the company", "the firm", "the group"), or "the club"
// (a team's name seldom says it is one), means it, as a
// role's sole holder does (roleHolder), if it is named once at least
// other than as the one a speaker talks to ("she told Holm Radio" names
// no company the article is about) and the name holds every modifier
// of the noun ("the steel company"; "the rights group" is another). Two
// organisations, or the noun used of another body between ("a rival
// company"), leave the description as written.

// soleBody is the organisation a business description toks[s:e] ("the
// company", "the steel company") means as the one organisation named
// within reach before it; ok is false when there is none, or several.
func (at *attributor) soleBody(s, e int) (attribution, bool) {
	if at.describing {
		return attribution{}, false
	}
	head := at.bodyDescription(s, e)
	if head < 0 {
		return attribution{}, false
	}
	toks := at.tz.toks
	noun := toks[head].low
	if !bodyKindNouns[noun] && !broadBodyNouns[noun] && noun != "club" && tradeBodyNames[noun] == nil {
		return attribution{}, false // "the council", "the union": only a name that tells it
	}
	sole, from := -1, -1
	several, subject := false, false
	at.mentionsBack(s, model.Organization, func(ei, ms, me int) bool {
		if sole >= 0 && ei != sole {
			several = true
			return true
		}
		sole, from, subject = ei, me, subject || at.notObject(ms)
		return false
	})
	if several || sole < 0 || !subject || !bodyOfKind(at.a.Entities[sole].Name, noun) || !modifiersInName(toks[s+1:head], at.a.Entities[sole].Name) ||
		at.otherBodyNoun(from, s, head) {
		return attribution{}, false
	}
	en := at.a.Entities[sole]
	return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
}

// A spokesperson of the one body: "Skyvale Airways cancelled 40 flights …
// “…,” a spokesperson said" is the airline's spokesperson speaking, and
// the margin says so ("Skyvale Airways’ spokesperson"), as the owner step
// (ownedSource) writes "Ann Reed’s spokesman": the body's name, with no
// link, since the spokesperson is not the body. The body is the one
// organisation named within reach where no person is (soleBody's reach),
// or the body a description after "for" means ("a spokesperson for the
// company").

// bodySpokesperson is the body step for a spokesperson without a name,
// toks[s:e]: "a spokesperson", "the spokeswoman", "a company spokesman",
// "a spokesperson for the company". ok is false when the phrase is none
// of these or no one body decides.
func (at *attributor) bodySpokesperson(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s < 2 || e-s > 6 || at.describing {
		return attribution{}, false
	}
	if w := toks[s].low; w != "a" && w != "an" && w != "the" {
		return attribution{}, false
	}
	h := s + 1
	for h < e && !spokesNouns[toks[h].low] {
		h++
	}
	if h == e || h > s+2 || h == s+2 && (!bodyDescriptionNouns[toks[s+1].low] || !isLowerWord(toks[s+1].text)) {
		return attribution{}, false // "a Skyvale spokesperson" names its body as written
	}
	noun := "company"
	if h == s+2 {
		noun = toks[s+1].low // "a company spokesperson", "an airline spokeswoman"
	}
	ei := -1
	switch {
	case h == e-1:
		if toks[s].low == "the" && h == s+1 {
			ei = at.spokespersonIntroduced(s, toks[h].low) // "A spokesperson for Holm Ferries said … the spokesperson said" (coref36_spokes.go)
		}
		if ei < 0 {
			ei = at.soleBodyNear(s, noun, h == s+2)
		}
		if ei < 0 && h == s+1 {
			ei = at.bodyBefore(s)
		}
	case e-h >= 4 && (toks[h+1].low == "for" || toks[h+1].low == "at") && h == s+1:
		// "a spokesperson for the company": the body the description means
		if r, ok := at.describedOrganisation(h+2, e); ok && r.id != "" {
			ei = at.entityIndex(r.id)
		} else if r, ok := at.soleBody(h+2, e); ok {
			ei = at.entityIndex(r.id)
		}
	}
	if ei < 0 || at.a.Entities[ei].Type != model.Organization {
		return attribution{}, false
	}
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return attribution{speaker: possessiveOf(shownName(at.a.Entities[ei].Name)) + " " + toks[h].low, mention: span, ok: true}, true
}

// soleBodyNear is the one organisation named within reach before token s,
// outside quotations, whose name fits the body noun, when no person is
// named within reach (whose spokesperson it might be), or -1. A
// spokesperson the phrase gives a body's noun ("a company spokeswoman",
// "a ministry spokesman"), told, speaks for no person, and a person named
// near is no rival (coref45: "The mine's operator, BHP, said … “…,” a
// company spokeswoman said" after the union's president spoke).
func (at *attributor) soleBodyNear(s int, noun string, told bool) int {
	sole := -1
	several, subject := false, false
	at.mentionsBack(s, model.Organization, func(ei, ms, _ int) bool {
		if sole >= 0 && ei != sole {
			several = true
			return true
		}
		sole, subject = ei, subject || at.notObject(ms)
		return false
	})
	if several || sole < 0 || !subject || !bodyOfKind(at.a.Entities[sole].Name, noun) {
		return -1
	}
	person := false
	if !told {
		at.mentionsBack(s, model.Person, func(int, int, int) bool {
			person = true // "Ann Reed … the GOP … a spokesman said": hers, perhaps
			return true
		})
	}
	if person {
		return -1
	}
	return sole
}

// notObject reports whether the mention starting at token ms is other
// than the one a speaker talks to: not after "told", "tells", "telling",
// "to" or "with", "the" aside ("she told Holm Radio", "speaking to the
// Holm Courier", "in an interview with Vell TV"), where a news outlet
// stands that the story is not about.
func (at *attributor) notObject(ms int) bool {
	toks := at.tz.toks
	p := ms - 1
	if p >= 0 && toks[p].low == "the" {
		p--
	}
	if p < 0 || toks[p].sent != toks[ms].sent || at.qtok[p] >= 0 {
		return true
	}
	switch toks[p].low {
	case "told", "tells", "telling", "to", "with":
		return false
	}
	return true
}

// bodyBefore is the organisation that is the subject of the sentence
// right before the one of token s, in its paragraph or the one before,
// outside quotations, with no person named between: "The bank said it had
// hired 200 staff. “…,” a spokesperson said." Or -1.
func (at *attributor) bodyBefore(s int) int {
	toks := at.tz.toks
	n := toks[s].sent
	b := at.tz.sents[n].start
	if at.qtok[b] >= 0 && b > 0 {
		// the quotation opens the description's sentence: the one before it
		n = toks[b-1].sent
	} else {
		n--
	}
	if n < 0 {
		return -1
	}
	b = at.tz.sents[n].start
	if at.qtok[b] >= 0 || toks[b].para < toks[s].para-1 {
		return -1
	}
	b = datelineEnd(toks, b, at.tz.sents[n].end)
	_, ei := at.namedSubjectOf(b, s, model.Organization)
	if ei < 0 && b+2 < s && toks[b].low == "the" && isLowerWord(toks[b+2].text) && !toks[b+2].in(wcPreposition) {
		// "The bank said …": the body the description means
		if r, ok := at.describedOrganisation(b, b+2); ok && r.id != "" {
			ei = at.entityIndex(r.id)
		}
	}
	if ei < 0 || at.a.Entities[ei].Type != model.Organization {
		return -1
	}
	for j := b; j < s; j++ {
		if e := at.ment[j]; e >= 0 && at.qtok[j] < 0 && at.a.Entities[e].Type == model.Person {
			return -1
		}
	}
	return ei
}
