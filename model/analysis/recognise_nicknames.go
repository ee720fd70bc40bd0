package analysis

import (
	"slices"
	"strings"
	"unicode/utf8"

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
	var out []rawMention // made only when a nickname is found
	next := 0            // raw[:next] are in out already
	last := 0            // where the name before ends
	for _, nk := range nicknameTokens(tz) {
		k, m := nk[0], nk[1]
		ts, te := k-1, m+2
		if ts < last {
			continue // the surname of the name before: A "B" C "D" E
		}
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
		out = append(out, rawMention{ts: ts, te: te, typ: model.Person, nickAt: int32(k), nickLen: uint8(m + 1 - k)})
		next, last = i, te
	}
	if out == nil {
		return raw
	}
	out = append(out, raw[next:]...)
	nickKnown(tz, out)
	return out
}

// nicknameTokens lists, in order, the opening and closing marks (their
// token indexes) of the quoted nicknames of the article. The text is
// searched for the marks' first bytes, far fewer than its tokens, and a
// mark is looked at further only after a space and before a capital.
func nicknameTokens(tz *tokenized) [][2]int {
	t, toks := tz.text, tz.toks
	var found [][2]int
	for _, lead := range [...]byte{'"', '\'', 0xE2} {
		for i := 0; ; {
			j := strings.IndexByte(t[i:], lead)
			if j < 0 {
				break
			}
			pos := i + j
			i = pos + 1
			// the space before first: most marks, and most bytes 0xE2 (of
			// closing marks, apostrophes and dashes), follow a word
			if pos < 2 || t[pos-1] != ' ' {
				continue
			}
			size := 1
			if lead == 0xE2 {
				if w := t[pos:min(pos+3, len(t))]; w != "“" && w != "‘" && w != "„" {
					continue
				}
				size = 3
			}
			if pos+size >= len(t) || t[pos+size]-'A' >= 26 && t[pos+size] < utf8.RuneSelf {
				continue
			}
			// givenBefore wants a word of letters (or an initial's full
			// stop) before that space; a comma or colon there opens a
			// quotation (said, "We …), nearly every mark that got this
			// far, and is told from one byte before the closer is sought
			if b := t[pos-2]; b < utf8.RuneSelf && !isASCIILetter(b) && b != '.' && b != '-' && b != '\'' {
				continue
			}
			c, csize := nicknameCloser(t, pos+size)
			if c < 0 || !nicknameAt(t, pos, pos+size, c, c+csize) {
				continue
			}
			k, m := tokenAt(toks, pos), tokenAt(toks, c)
			if k < 1 || m < 0 || toks[k].Start != pos || toks[m].Start != c || m+1 >= len(toks) || m-k < 2 ||
				m-k > maxNicknameWords+1 || toks[k-1].sent != toks[m+1].sent {
				continue
			}
			if s := tz.sents[toks[k].sent]; titleCased(tz, s.start, s.end) {
				continue // a headline's scare quotes: Trump ‘The Dealmaker’ Could …
			}
			found = append(found, [2]int{k, m})
		}
	}
	slices.SortFunc(found, func(a, b [2]int) int { return a[0] - b[0] })
	return found
}

// nicknameCloser is where the first mark that may close a nickname
// opened before byte i stands, and its size, within the length of three
// words; -1 where none does.
func nicknameCloser(t string, i int) (int, int) {
	for j := i; j < len(t) && j < i+48; j++ {
		switch c := t[j]; {
		case c == '"' || c == '\'':
			return j, 1
		case c == 0xE2 && (strings.HasPrefix(t[j:], "”") || strings.HasPrefix(t[j:], "’")):
			return j, 3
		case c == '\n':
			return -1, 0
		}
	}
	return -1, 0
}

// nickKnown marks the names with a nickname that the article also writes
// as the nickname and the surname: Robert C. "Bobby" Scott, then Bobby
// Scott throughout, is Bobby Scott, so that both are one person.
func nickKnown(tz *tokenized, raw []rawMention) {
	t := tz.text
	for i := range raw {
		r := &raw[i]
		ns, ne := r.nickname()
		if ne == 0 {
			continue
		}
		nick := t[tz.toks[ns+1].Start:tz.toks[ne-2].End]
		surname := t[tz.toks[ne].Start:tz.toks[r.te-1].End]
		for j := range raw {
			o := raw[j]
			if o.nickLen != 0 || o.title || o.te-o.ts < 2 {
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
