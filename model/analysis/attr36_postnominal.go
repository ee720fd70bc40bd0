package analysis

import "github.com/byline-reader/byline/model"

// postNominalAfterPerson reports whether token j holds the letters written
// after a person's name for an office, a rank at the bar or an honour
// ("Ann Kerr KC", "Jo Reid MP, who chairs the committee,"), right after a
// mention of a person: the letters are no subject of their own, and the
// person before them is the one a verb after them has.
func (at *attributor) postNominalAfterPerson(j, lo int) bool {
	toks := at.tz.toks
	if j-1 < lo || j >= len(toks) || !postNominals[toks[j].text] && !barRanks[toks[j].text] || at.ment[j] >= 0 {
		return false
	}
	n := at.ment[j-1]
	return n >= 0 && at.a.Entities[n].Type == model.Person
}
