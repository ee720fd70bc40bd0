package analysis

import "github.com/byline-reader/byline/model"

// A spokesperson brought in with whom they speak for: "A spokesperson for
// the Holm Drivers' Union, which represents 3,000 drivers, said fares had
// doubled. “…,” the spokesperson said." The definite description goes
// back to the indefinite one, as "the woman" goes back to "a woman", and
// so speaks for the body its "for" phrase named, though a person named in
// reach (whose spokesperson a bare one might be) kept soleBodyNear from
// taking the one body in reach.

// spokespersonIntroduced is the organisation named in the "for", "at" or
// "of" phrase of the latest indefinite spokesperson before token s ("a
// spokesperson for Holm Ferries", "a spokeswoman at the Holm Union"), in
// the paragraph of s or the one before and outside quotations, when noun
// (the description's: "spokesperson", "spokeswoman") is one its word may
// be; -1 when there is none, or when another spokesperson, or one of the
// noun's other words, was written between.
func (at *attributor) spokespersonIntroduced(s int, noun string) int {
	toks := at.tz.toks
	for j := s - 1; j > 0 && toks[j].para >= toks[s].para-1; j-- {
		if at.qtok[j] >= 0 || !spokesNouns[toks[j].low] {
			continue
		}
		if w := toks[j-1].low; w != "a" && w != "an" {
			return -1 // "the spokesperson" or "Reed's spokesman" before: as written
		}
		if !roleMatches(toks[j].low, noun) {
			return -1 // "a spokesman … the spokeswoman": another
		}
		n := j + 1
		if n+1 >= len(toks) || toks[n].sent != toks[j].sent {
			return -1
		}
		if w := toks[n].low; w != "for" && w != "at" && w != "of" {
			return -1
		}
		n++
		if toks[n].low == "the" && n+1 < len(toks) {
			n++
		}
		if ei := at.ment[n]; ei >= 0 && at.mstart[n] == n && at.qtok[n] < 0 && at.a.Entities[ei].Type == model.Organization {
			return ei
		}
		return -1
	}
	return -1
}
