package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// titleIntroduced reports whether the article first writes the name of
// entity ei as the whole of a quotation shaped like a title: “Mary Ellen
// Hart”, the song; “Ilse Varga”, the film. It is the title of a work,
// though the recogniser takes it for a person, and no he or she goes back
// to it however often the article names it after (referable). A person
// whose name the article only later puts in quotation marks, as a word
// held up ("they called him “Tomas”"), is introduced bare and stays one.
func (at *attributor) titleIntroduced(ei int) bool {
	first, k, ok := at.firstMentionTok(ei) // speedA2_genders.go
	if !ok {
		return false
	}
	if k < 0 || at.qtok[k] < 0 {
		return false
	}
	text := strings.TrimSpace(at.a.Quotes[at.qtok[k]].Text)
	text = strings.TrimRight(text, ",.;:")
	return at.quoteLooksLikeTitle(at.qtok[k], text) && text == first.Text
}

// firstMention is the mention of ms the article writes first; ok is false
// when there is none.
func firstMention(ms []model.Mention) (first model.Mention, ok bool) {
	if len(ms) == 0 {
		return first, false
	}
	first = ms[0]
	for _, m := range ms[1:] {
		if m.Start < first.Start {
			first = m
		}
	}
	return first, true
}
