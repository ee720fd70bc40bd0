package analysis

import (
	"strings"
	"unicode"
)

// shownName is the name the margin shows for a speaker the sieve found
// under a recognised name: a person's or organisation's name never starts
// with punctuation or a sentence opener and never holds a verb, so the
// recogniser's ", Brandt", "Yet Reed" and "Osei hammered Shah" show
// as "Brandt", "Reed" and "Osei". The words before a verb are the
// subject that spoke; anything else is kept as it stands.
func shownName(name string) string {
	if len(name) > 1 && name[0] == '@' && handleWord(name[1:]) {
		return name // an account's handle shows with its "@"
	}
	s := strings.TrimLeftFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	// words one at a time, without splitting the name into a new slice:
	// almost every name is kept as it is
	first := true
	for rest, start := s, 0; rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		switch {
		case w == "":
		case first && isOpener(w) && strings.TrimSpace(after) != "":
			s = strings.TrimSpace(after)
			return shownName(s)
		case !first && isLowerWord(w) && (strings.HasSuffix(w, "ed") || isCueWord(w)):
			return strings.TrimSpace(s[:start])
		default:
			first = false
		}
		start += len(w) + 1
		rest = after
	}
	if s == "" {
		return name
	}
	return s
}

// notASpeaker reports an unnamed speaker phrase of time or manner, which
// never speaks ("the time", "last month", "a whisper"); a rule that finds
// one has found nothing, and a later rule may still answer.
func (at *attributor) notASpeaker(r attribution) bool {
	if r.id != "" || r.mention.End <= r.mention.Start {
		return false
	}
	toks := at.tz.toks
	s, e := at.tokAt(r.mention.Start), at.tokAt(r.mention.End-1)
	if s < 0 || e < 0 {
		return false
	}
	if brokenPhrase(toks, s, e) {
		return true // "his interns (" (bracket_phrase.go)
	}
	if !notSpeakers[toks[e].low] {
		return false
	}
	for k := s; k < e; k++ {
		if at.word(k).in(awUnnamedHead) || nounCues[toks[k].low] {
			return false // "a report issued earlier this year": the report speaks
		}
	}
	return true
}

// isOpener reports a sentence opener ("Yet", "But") whatever its case,
// lower-casing ASCII on the stack.
func isOpener(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return sentenceOpeners[string(buf[:len(w)])]
}
