package analysis

import "github.com/byline-reader/byline/model"

// personBodyNouns name a body that works for one person and speaks for
// them: "the Brandt campaign", "the Varga team".
var personBodyNouns = wordSet(`campaign camp team`)

// personBody reads a person's name used as the modifier of a body noun,
// "the Brandt campaign said", "a Varga team memo": the name is not the
// speaker, the body is, shown as the person's ("Tomas Brandt’s
// campaign", as "his campaign" is shown). A longer compound ("the Brandt
// campaign manager", "a Brandt campaign spokesman", "the Brandt campaign
// memo") has another head and is left to the phrase readers. It reports
// false when the mention at j is no such modifier.
func (at *attributor) personBody(j int) (attribution, bool) {
	toks := at.tz.toks
	ei := at.ment[j]
	e := at.mend[j]
	if ei < 0 || e >= len(toks) || toks[e].sent != toks[j].sent || at.qtok[e] >= 0 || at.a.Entities[ei].Type != model.Person {
		return attribution{}, false
	}
	if !isLowerWord(toks[e].text) || !personBodyNouns[toks[e].low] {
		return attribution{}, false
	}
	if n := e + 1; n < len(toks) && toks[n].sent == toks[e].sent {
		w := toks[n].low
		if at.ment[n] >= 0 || isLowerWord(toks[n].text) && (unnamedHeads[w] || peoplePlural(w) || ownWordHeads[w] || documentNouns[w] || documentHeads[w] || personBodyNouns[w]) {
			return attribution{}, false
		}
	}
	s := at.mstart[j]
	if s > 0 && toks[s-1].in(wcDeterminer) && toks[s-1].sent == toks[j].sent {
		s--
	}
	en := at.a.Entities[ei]
	span := model.Span{Start: toks[s].Start, End: toks[e].End}
	return attribution{speaker: possessiveOf(shownName(en.Name)) + " " + toks[e].low, mention: span, ok: true}, true
}
