package analysis

import (
	"slices"
	"strings"
	"unicode"

	"github.com/byline-reader/byline/model"
)

// handleNames makes an account's handle ("@ana_ruiz", "@DunmoreFerries")
// a name of its own, the "@" included, so that it can speak where a name
// can: news quotes posts by the account that wrote them. The tagger reads
// the word after the "@" as a name or not at whim, and the underscore
// splits it into tokens; the handle replaces whatever it tagged there. An
// "@" written onto a word before it is an e-mail address, not a handle.
// A handle in brackets after a name ("Ann Reed (@annreed)") is that
// person's account, not a second person: the name speaks and is listed,
// and the handle is left out, as it is where it stands for the place a
// post appeared ("wrote on @annreed").
func handleNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	if !writesForm(tz, "@") {
		return raw // no token "@": no handle
	}
	var found []handleSpan
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].text != "@" || toks[k+1].Start != toks[k].End || toks[k+1].sent != toks[k].sent {
			continue
		}
		if k > 0 && toks[k-1].End == toks[k].Start && toks[k-1].sent == toks[k].sent {
			continue // "ann@example.org"
		}
		e := k + 1
		for e < len(toks) && toks[e].sent == toks[k].sent && (e == k+1 || toks[e].Start == toks[e-1].End) && handleWord(toks[e].text) {
			e++
		}
		if e == k+1 || toks[e-1].text == "_" && e == k+2 || e == k+2 && cssAtRules[toks[k+1].low] {
			continue // "@media (max-width: …)": a style sheet the page let into the text
		}
		if k > 0 && toks[k-1].text == "(" && e < len(toks) && toks[e].text == ")" ||
			k > 0 && (toks[k-1].low == "on" || toks[k-1].low == "via" || toks[k-1].low == "follow") && toks[k-1].sent == toks[k].sent ||
			k > 0 && toks[k-1].text == ">" && toks[k-1].End == toks[k].Start ||
			handleAlone(toks, k, e) ||
			k > 1 && toks[k-1].text == ":" && toks[k-2].low != "@" && slices.Contains(socialWords, toks[k-2].low) {
			// "Ann Reed (@annreed)": the account of the name before; "wrote
			// on @annreed": the account as the place a post appeared, which
			// refers to no one in the sentence; "Twitter: @annreed" or "follow
			// @annreed", the writer's address under an article; a handle
			// alone on its line, the signature under a reader's post the
			// page quotes, or inside a post's markup ("…>@annreed")
			found = append(found, handleSpan{k, e, false, model.Person})
			continue
		}
		found = append(found, handleSpan{k, e, true, model.Person})
	}
	if len(found) == 0 {
		return raw
	}
	out := make([]rawMention, 0, len(raw)+len(found))
	f := 0
	for _, r := range raw {
		for f < len(found) && found[f].e <= r.ts {
			out = found[f].add(out)
			f++
		}
		if f < len(found) && r.te > found[f].s && r.ts < found[f].e {
			// the tagger's reading of the handle's words, whose type
			// the handle keeps where it saw a body's name
			if r.typ == model.Organization {
				found[f].typ = r.typ
			}
			continue
		}
		out = append(out, r)
	}
	for ; f < len(found); f++ {
		out = found[f].add(out)
	}
	return out
}

// handleAlone reports whether the handle at tokens [k, e) is all its
// paragraph holds but for punctuation: a signature line ("@annreed.")
// under a reader's post, not a name in the story.
func handleAlone(toks []token, k, e int) bool {
	p := toks[k].para
	for i := k - 1; i >= 0 && toks[i].para == p; i-- {
		if hasLetterOrDigit(toks[i].text) {
			return false
		}
	}
	for i := e; i < len(toks) && toks[i].para == p; i++ {
		if hasLetterOrDigit(toks[i].text) {
			return false
		}
	}
	return true
}

// handleSpan is a handle's tokens [s, e), and whether it is a name
// (keep) or an account after the name it belongs to.
type handleSpan struct {
	s, e int
	keep bool
	typ  model.EntityType // a person's unless the tagger saw a body's name
}

func (h handleSpan) add(out []rawMention) []rawMention {
	if h.keep {
		out = append(out, rawMention{ts: h.s, te: h.e, typ: h.typ, handle: true})
	}
	return out
}

// handleWord: a piece of a handle as the tokeniser splits it, ASCII
// letters and digits or the underscore.
func handleWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// handleOfName makes a handle that spells the full name of a person the
// article names ("@AnnReed", "@realAnnReed", "@ann_reed" beside Ann Reed)
// a mention of that person: a person's account is not a second person,
// and the margin shows the name. A handle that spells no one's name
// stays a name of its own, "@" and all.
func handleOfName(l *linker) {
	var handles []int
	for i := range l.ms {
		if strings.HasPrefix(l.ms[i].key, "@") {
			handles = append(handles, i)
		}
	}
	if len(handles) == 0 {
		return
	}
	// the people's full names, their letters and digits run together
	type person struct{ key, name, squashed string }
	var people []person
	seen := map[string]bool{}
	for _, m := range l.ms {
		if m.typ != model.Person || seen[m.key] || !strings.Contains(m.key, " ") || strings.HasPrefix(m.key, "@") {
			continue
		}
		seen[m.key] = true
		people = append(people, person{m.key, m.name, squashName(m.key)})
	}
	for _, i := range handles {
		h := squashName(l.ms[i].key)
		match := -1
		for j, p := range people {
			if len(p.squashed) >= 6 && strings.Contains(h, p.squashed) {
				if match >= 0 && people[match].squashed != p.squashed {
					match = -2 // two people: neither
					break
				}
				match = j
			}
		}
		if match >= 0 {
			m := &l.ms[i]
			m.key, m.name, m.typ = people[match].key, people[match].name, model.Person
		}
	}
}

// squashName is a lower-case name's letters and digits, run together as
// a handle writes them.
func squashName(key string) string {
	var b strings.Builder
	for _, r := range key {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cssAtRules are the at-rules of style sheets, whose text an article's
// page now and then lets through: "@media", not an account.
var cssAtRules = wordSet(`media import charset keyframes supports namespace`)
