package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// nicknameNames makes one person of a name with a quoted nickname inside
// it (quotes_nickname.go): the tagger, seeing marks, cuts Rodolfo "Dodong"
// Villanueva into a given name, a nickname and a surname, and often types
// the pieces apart. The mention runs from the given name (with whatever
// name the tagger ran into it) to the surname (and what follows it in
// the tagger's mention, "Jr."), and keeps where its nickname is, which
// the entity's name leaves out (see trimmedMentions).
func nicknameNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var out []rawMention // made only when a nickname is found
	next := 0            // raw[:next] are in out already
	for k := 1; k+3 < len(toks); k++ {
		if !nicknameOpen(toks[k].text) {
			continue
		}
		m := k + 2
		for m < len(toks) && m <= k+1+maxNicknameWords && !nicknameClose(toks[m].text) {
			m++
		}
		if m+1 >= len(toks) || m > k+1+maxNicknameWords || toks[k-1].sent != toks[m+1].sent ||
			!nicknameAt(tz.text, toks[k].Start, toks[k].End, toks[m].Start, toks[m].End) {
			continue
		}
		if s := tz.sents[toks[k].sent]; titleCased(tz, s.start, s.end) {
			continue // a headline's scare quotes: Trump ‘The Dealmaker’ Could …
		}
		ts, te := k-1, m+2
		i := next
		for i < len(raw) && raw[i].te <= ts {
			i++
		}
		if out == nil {
			out = make([]rawMention, 0, len(raw))
		}
		out = append(out, raw[next:i]...)
		for ; i < len(raw) && raw[i].ts < te; i++ {
			if raw[i].ts < ts && raw[i].te > ts {
				ts = raw[i].ts // "Science adviser George"
			}
			if raw[i].te > te && raw[i].ts <= m+1 {
				te = raw[i].te // "Johnson Jr."
			}
		}
		out = append(out, rawMention{ts: ts, te: te, typ: model.Person, nickTs: k, nickTe: m + 1})
		next, k = i, te-1
	}
	if out == nil {
		return raw
	}
	out = append(out, raw[next:]...)
	nickKnown(tz, out)
	return out
}

// nickKnown marks the names with a nickname that the article also writes
// as the nickname and the surname: Robert C. "Bobby" Scott, then Bobby
// Scott throughout, is Bobby Scott, so that both are one person.
func nickKnown(tz *tokenized, raw []rawMention) {
	t := tz.text
	for i := range raw {
		r := &raw[i]
		if r.nickTe == 0 {
			continue
		}
		nick := t[tz.toks[r.nickTs+1].Start:tz.toks[r.nickTe-2].End]
		surname := t[tz.toks[r.nickTe].Start:tz.toks[r.te-1].End]
		for j := range raw {
			o := raw[j]
			if o.nickTe != 0 || o.title || o.te-o.ts < 2 {
				continue
			}
			w := t[tz.toks[o.ts].Start:tz.toks[o.te-1].End]
			if len(w) == len(nick)+1+len(surname) && strings.HasPrefix(w, nick) && w[len(nick)] == ' ' && strings.HasSuffix(w, surname) {
				r.byNick = true
				break
			}
		}
	}
}

func nicknameOpen(w string) bool {
	return w == "\"" || w == "“" || w == "‘" || w == "'" || w == "„"
}
func nicknameClose(w string) bool { return w == "\"" || w == "”" || w == "’" || w == "'" }
