package model

import (
	"sort"
	"strings"
)

// Library is the cross-article index: which articles mention an entity,
// who said what, and which entities appear together. Build it with
// NewLibrary once the articles are analysed; it is read-only afterwards.
type Library struct {
	// Articles is indexed like the library's files; an article not yet
	// analysed is nil and counts for nothing.
	Articles []*Article

	entities map[string]*EntityInfo
	order    []string          // entity IDs in first-seen order
	remap    map[string]string // an article's entity ID → the library's, where they differ
}

// EntityInfo is everything the library knows about one entity.
type EntityInfo struct {
	ID      string
	Name    string
	Type    EntityType
	Aliases []string // every name it goes by, the canonical name first
	// Mentions counts mentions per article index.
	Mentions map[int]int
}

// ArticleCount is an article and how often something occurs in it.
type ArticleCount struct {
	Article int // index into Library.Articles
	Count   int
}

// QuoteRef points at one quotation in the library.
type QuoteRef struct {
	Article int // index into Library.Articles
	Quote   int // index into that article's Quotes
}

// EntityCount is an entity and a count (co-mentions).
type EntityCount struct {
	ID    string
	Name  string
	Type  EntityType
	Count int
}

// NewLibrary indexes analysed articles. Entities are merged across
// articles by ID; a person known only by a surname in one article joins the
// one person in the library whose full name ends with it.
func NewLibrary(arts []*Article) *Library {
	l := &Library{Articles: arts, entities: map[string]*EntityInfo{}}
	l.linkSurnames()
	for ai, a := range arts {
		if a == nil {
			continue
		}
		for _, e := range a.Entities {
			id := l.ID(e.ID)
			info, ok := l.entities[id]
			if !ok {
				info = &EntityInfo{ID: id, Name: e.Name, Type: e.Type, Mentions: map[int]int{}}
				l.entities[id] = info
				l.order = append(l.order, id)
			}
			if len(e.Name) > len(info.Name) {
				info.Name = e.Name
			}
			info.Aliases = appendUnique(info.Aliases, e.Name)
			for _, al := range e.Aliases {
				info.Aliases = appendUnique(info.Aliases, al)
			}
			info.Mentions[ai] += len(e.Mentions)
		}
	}
	for _, info := range l.entities {
		// canonical name first, the rest sorted for a stable page
		rest := make([]string, 0, len(info.Aliases))
		for _, al := range info.Aliases {
			if al != info.Name {
				rest = append(rest, al)
			}
		}
		sort.Strings(rest)
		info.Aliases = caseless(append([]string{info.Name}, rest...))
		info.Name = info.Aliases[0]
	}
	return l
}

// ID is the library's ID for an entity or speaker ID found in one of its
// articles: the same, unless the library joined it to another ("Putin" in
// one article to "Vladimir Putin" in another). Safe on a nil library.
func (l *Library) ID(id string) string {
	if l == nil {
		return id
	}
	if to, ok := l.remap[id]; ok {
		return to
	}
	return id
}

// linkSurnames joins single-word person entities to the one multi-word
// person in the library that ends with that word, so that "Putin" in one
// article and "Vladimir Putin" in another share a page. When two people
// share the surname nothing is merged: a wrong merge is worse than two
// pages. The articles are not changed (they may be shared between
// libraries built as an index grows); the joins are kept in remap.
func (l *Library) linkSurnames() {
	full := map[string][]string{} // last word -> IDs of multi-word people
	for _, a := range l.Articles {
		if a == nil {
			continue
		}
		for _, e := range a.Entities {
			if e.Type != Person {
				continue
			}
			words := strings.Fields(e.Name)
			if len(words) < 2 {
				continue
			}
			last := strings.ToLower(words[len(words)-1])
			full[last] = appendUnique(full[last], e.ID)
		}
	}
	l.remap = map[string]string{}
	for _, a := range l.Articles {
		if a == nil {
			continue
		}
		for _, e := range a.Entities {
			if e.Type != Person || strings.Contains(e.Name, " ") {
				continue
			}
			if ids := full[strings.ToLower(e.Name)]; len(ids) == 1 && ids[0] != e.ID {
				l.remap[e.ID] = ids[0]
			}
		}
	}
}

// Entity returns what the library knows about an entity.
func (l *Library) Entity(id string) (*EntityInfo, bool) {
	e, ok := l.entities[id]
	return e, ok
}

// Entities lists every entity, most mentioned first.
func (l *Library) Entities() []*EntityInfo {
	out := make([]*EntityInfo, 0, len(l.order))
	for _, id := range l.order {
		out = append(out, l.entities[id])
	}
	sort.SliceStable(out, func(i, j int) bool { return total(out[i]) > total(out[j]) })
	return out
}

func total(e *EntityInfo) int {
	n := 0
	for _, c := range e.Mentions {
		n += c
	}
	return n
}

// ArticlesMentioning lists the articles that mention an entity, most
// mentions first, then in library order.
func (l *Library) ArticlesMentioning(id string) []ArticleCount {
	info, ok := l.entities[id]
	if !ok {
		return nil
	}
	out := make([]ArticleCount, 0, len(info.Mentions))
	for ai, n := range info.Mentions {
		out = append(out, ArticleCount{Article: ai, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Article < out[j].Article
	})
	return out
}

// QuotesBy lists every quotation attributed to an entity, in library order.
func (l *Library) QuotesBy(id string) []QuoteRef {
	var out []QuoteRef
	for ai, a := range l.Articles {
		if a == nil {
			continue
		}
		for qi, q := range a.Quotes {
			if q.SpeakerID != "" && l.ID(q.SpeakerID) == id {
				out = append(out, QuoteRef{Article: ai, Quote: qi})
			}
		}
	}
	return out
}

// MentionedWith lists the entities that appear in the same articles as id:
// most shared articles first, then most mentions alongside it; at most n
// (n <= 0: all). Count is the number of shared articles.
func (l *Library) MentionedWith(id string, n int) []EntityCount {
	info, ok := l.entities[id]
	if !ok {
		return nil
	}
	shared := map[string]int{}
	weight := map[string]int{}
	for ai, mine := range info.Mentions {
		seen := map[string]bool{}
		for _, e := range l.Articles[ai].Entities {
			eid := l.ID(e.ID)
			if eid == id || seen[eid] {
				continue
			}
			seen[eid] = true
			shared[eid]++
			weight[eid] += min(mine, l.entities[eid].Mentions[ai])
		}
	}
	out := make([]EntityCount, 0, len(shared))
	for oid, c := range shared {
		o := l.entities[oid]
		out = append(out, EntityCount{ID: oid, Name: o.Name, Type: o.Type, Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		if wi, wj := weight[out[i].ID], weight[out[j].ID]; wi != wj {
			return wi > wj
		}
		return out[i].Name < out[j].Name
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// Progress is how far the indexing of a library has come: how many files'
// headlines have been read, how many analysed, how many failed, of how
// many.
type Progress struct {
	Read, Analysed, Failed, Total int
}

// Done reports whether every file has been analysed or has failed.
func (p Progress) Done() bool { return p.Analysed+p.Failed >= p.Total }

// caseless drops names that differ from an earlier one only in case
// ("TRUMP" beside "Trump", from a headline in capitals), keeping the one
// that is not all capitals.
func caseless(names []string) []string {
	seen := map[string]int{}
	out := names[:0]
	for _, n := range names {
		k := strings.ToLower(n)
		if i, ok := seen[k]; ok {
			if out[i] == strings.ToUpper(out[i]) && n != strings.ToUpper(n) {
				out[i] = n
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, n)
	}
	return out
}
