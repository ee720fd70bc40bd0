package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawMention is a recognised name before linking: a token range and a type.
type rawMention struct {
	ts, te int // token range [ts, te)
	typ    EntityType
}

// recognise finds names in the tokenised article. It is a variable so that
// the trained recogniser can be plugged in (see ner.go).
var recognise = recogniseByCase

// recogniseByCase is the fallback recogniser: runs of capitalised words
// that are not sentence-initial function words, typed as people.
func recogniseByCase(tz *tokenized) []rawMention {
	var out []rawMention
	for _, s := range tz.sents {
		i := s.start
		for i < s.end {
			if !isCapitalised(tz.toks[i].text) || (i == s.start && stopword(tz.toks[i].text)) || calendarWords[lower(tz.toks[i].text)] {
				i++
				continue
			}
			j := i + 1
			for j < s.end && isCapitalised(tz.toks[j].text) {
				j++
			}
			out = append(out, rawMention{ts: i, te: j, typ: Person})
			i = j
		}
	}
	return out
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// personTitles are words of rank or role that precede a name but are not part
// of it ("US Vice President JD Vance" is JD Vance).
var personTitles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true, "dr": true, "dr.": true,
	"prof": true, "prof.": true, "professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "chancellor": true,
	"senator": true, "sen.": true, "sen": true, "rep.": true, "representative": true, "congressman": true, "congresswoman": true,
	"governor": true, "gov.": true, "mayor": true, "judge": true, "justice": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "general": true, "gen.": true, "colonel": true, "col.": true,
	"captain": true, "capt.": true, "lieutenant": true, "lt.": true, "sergeant": true, "sgt.": true, "admiral": true,
	"commander": true, "chief": true, "director": true, "ambassador": true, "envoy": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "sheikh": true, "ayatollah": true, "rabbi": true, "father": true,
	"reverend": true, "rev.": true, "bishop": true, "cardinal": true, "archbishop": true, "coach": true,
	"councillor": true, "councilman": true, "councilwoman": true, "alderman": true, "speaker": true, "leader": true,
	"foreign": true, "defence": true, "defense": true, "finance": true, "interior": true, "health": true,
	"deputy": true, "acting": true, "former": true, "chairman": true, "chairwoman": true, "ceo": true, "premier": true,
	"mp": true, "attorney": true, "superintendent": true, "inspector": true, "detective": true, "officer": true,
	"state": true, "trade": true, "justice.": true, "economy": true, "labour": true, "labor": true, "education": true,
}

// linkEntities turns raw mentions into the article's entities: titles
// stripped, surnames joined to full names, country aliases joined.
func linkEntities(a *Article, tz *tokenized, raw []rawMention) []Entity {
	type mention struct {
		ts, te int
		typ    EntityType
	}
	var ms []mention
	for _, r := range raw {
		ts, te := r.ts, r.te
		// strip leading "the" and, for people, titles and roles
		for ts < te {
			w := strings.ToLower(tz.toks[ts].text)
			if w == "the" || (r.typ == Person && te-ts > 1 && personTitles[w]) {
				ts++
				continue
			}
			break
		}
		// trailing possessives and punctuation never belong to a name
		for te > ts {
			w := tz.toks[te-1].text
			if w == "'s" || w == "’s" || w == "'" || w == "’" || !hasLetterOrDigit(w) {
				te--
				continue
			}
			break
		}
		if te <= ts {
			continue
		}
		ms = append(ms, mention{ts, te, r.typ})
	}

	textOf := func(m mention) string { return a.Text[tz.toks[m.ts].Start:tz.toks[m.te-1].End] }
	// canonical key of each mention
	keys := make([]string, len(ms))
	types := make([]EntityType, len(ms))
	names := map[string]string{} // key -> display name
	for i, m := range ms {
		name := normalizeName(textOf(m))
		types[i] = m.typ
		if m.typ == Place {
			if c, ok := placeAliases[strings.ToLower(name)]; ok {
				name = c
			}
		}
		keys[i] = strings.ToLower(name)
		if _, ok := names[keys[i]]; !ok {
			names[keys[i]] = name
		}
	}
	// people known by one word join the full name that ends (or starts) with it
	full := map[string][]int{} // last word -> indexes of multi-word person mentions
	for i, m := range ms {
		if m.typ == Person && m.te-m.ts > 1 {
			last := strings.ToLower(tz.toks[m.te-1].text)
			full[last] = append(full[last], i)
		}
	}
	for i, m := range ms {
		if m.te-m.ts != 1 {
			continue
		}
		w := strings.ToLower(tz.toks[m.ts].text)
		cands := full[w]
		if len(cands) == 0 {
			continue
		}
		// the nearest full name before it, else the first after it
		best := -1
		for _, c := range cands {
			if c < i {
				best = c
			}
		}
		if best < 0 {
			best = cands[0]
		}
		// different people sharing a surname: only join when all full names agree
		agree := true
		for _, c := range cands {
			if keys[c] != keys[cands[0]] {
				agree = false
			}
		}
		if !agree && best > i {
			continue
		}
		keys[i] = keys[best]
		types[i] = Person
	}
	// group
	idx := map[string]int{}
	var ents []Entity
	for i, m := range ms {
		k := types[i].String() + ":" + keys[i]
		// a name typed differently elsewhere keeps its first type
		if j, ok := idx[k]; ok {
			_ = j
		} else {
			for _, t := range []EntityType{Person, Organization, Place, Other} {
				if j, ok := idx[t.String()+":"+keys[i]]; ok && t != types[i] {
					k = t.String() + ":" + keys[i]
					_ = j
					break
				}
			}
		}
		j, ok := idx[k]
		if !ok {
			j = len(ents)
			idx[k] = j
			typ := types[i]
			if p := strings.IndexByte(k, ':'); p >= 0 {
				typ = typeFromString(k[:p])
			}
			ents = append(ents, Entity{ID: k, Name: names[keys[i]], Type: typ})
		}
		sp := Span{tz.toks[m.ts].Start, tz.toks[m.te-1].End}
		ents[j].Mentions = append(ents[j].Mentions, Mention{Span: sp, Text: a.Text[sp.Start:sp.End], Entity: j})
	}
	for j := range ents {
		e := &ents[j]
		seen := map[string]bool{e.Name: true}
		for _, m := range e.Mentions {
			n := normalizeName(m.Text)
			if !seen[n] {
				seen[n] = true
				e.Aliases = append(e.Aliases, n)
			}
		}
		sort.Strings(e.Aliases)
	}
	return ents
}

func typeFromString(s string) EntityType {
	switch s {
	case "person":
		return Person
	case "place":
		return Place
	case "organization":
		return Organization
	}
	return Other
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// normalizeName folds curly apostrophes and runs of space so that the same
// name written two ways is one key.
func normalizeName(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// placeAliases joins the common short forms of countries to one name.
var placeAliases = map[string]string{
	"us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
	"u.s.a.": "United States", "america": "United States", "united states of america": "United States",
	"the united states": "United States", "united states": "United States",
	"uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
	"united kingdom": "United Kingdom", "uae": "United Arab Emirates", "drc": "Democratic Republic of the Congo",
	"russian federation": "Russia", "holland": "Netherlands", "the netherlands": "Netherlands",
}

// findEntities recognises and links the article's entities, and keeps
// each entity's mentions in text order.
func findEntities(a *Article, tz *tokenized) []Entity {
	return linkEntities(a, tz, recognise(tz))
}

// stopword reports whether a capitalised word at the start of a sentence
// is a function word rather than a name.
func stopword(w string) bool { return sentenceStarters[lower(w)] }

var sentenceStarters = wordSet(`the a an this that these those it its he she they we i you his her their our my your
there here in on at after before when while as if but and or so yet for with without by from to of about since
during under over between among despite although though because however meanwhile still also then now today
yesterday tomorrow last next some many most more few several all both each every no not one two three
what who whom whose which where why how whatever shortly earlier later according`)

// calendarWords are capitalised but never names.
var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december`)
