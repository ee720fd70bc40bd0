package analysis

import "strings"

// titleIntroduced reports whether the article first writes the name of
// entity ei as the whole of a quotation shaped like a title: “Mary Ellen
// Hart”, the song; “Ilse Varga”, the film. It is the title of a work,
// though the recogniser takes it for a person, and no he or she goes back
// to it however often the article names it after (referable). A person
// whose name the article only later puts in quotation marks, as a word
// held up ("they called him “Tomas”"), is introduced bare and stays one.
func (at *attributor) titleIntroduced(ei int) bool {
	ms := at.a.Entities[ei].Mentions
	if len(ms) == 0 {
		return false
	}
	first := ms[0]
	for _, m := range ms[1:] {
		if m.Start < first.Start {
			first = m
		}
	}
	k := tokenAt(at.tz.toks, first.Start)
	if k < 0 || at.qtok[k] < 0 {
		return false
	}
	text := strings.TrimSpace(at.a.Quotes[at.qtok[k]].Text)
	text = strings.TrimRight(text, ",.;:")
	return looksLikeTitle(text) && text == first.Text
}
