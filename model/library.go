package model

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Library is the cross-article index: which articles mention an entity,
// who said what, and which entities appear together.
//
// It keeps, per article, only what the list and the entity pages need: a
// Header and the article's entities and speakers as small integers with
// their counts; names are interned once for the whole library. So its size
// grows with the index, not with the text, and a library of 100,000
// articles fits in a few tens of megabytes. The quotations' words are read
// through a QuoteReader when a page shows them.
//
// A library grows: Add puts in one article's Summary at a time, from any
// goroutine, while readers ask their questions. Snapshot returns a view
// that answers for the articles added so far and is not changed by later
// additions, without copying anything.
type Library struct {
	// Articles holds the whole analyses of a library built with
	// NewLibrary (all in memory); nil for one built with Add.
	Articles []*Article

	c *libCore
	n int32 // how many additions this view sees
}

// libCore is the shared, growing state behind every view of a library.
type libCore struct {
	mu       sync.RWMutex
	heads    []Header
	seq      []int32    // per article: the addition that analysed it, or -1
	ents     [][]entUse // per article: its entities and their mention counts
	texts    [][]string // per article: quotation texts, kept only without a reader
	added    int32
	reader   QuoteReader
	ids      map[string]int32
	raws     []rawEntity
	byWord   map[string][]int32 // a surname → the multi-word people that end with it
	bySingle map[string][]int32 // a one-word name → the one-word people called so
	speakRe  []int32            // raws with a speech quotation, first seen order
}

// entUse is one entity in one article.
type entUse struct{ raw, n int32 }

// rawEntity is everything known of one entity ID as the articles give it,
// before surnames are joined.
type rawEntity struct {
	id, name string
	typ      EntityType
	nameAt   int64 // the (article, position) the name was taken from
	typeAt   int64 // the (article, position) the type was taken from
	firstSeq int32 // the first addition that mentioned it; -1 if only a speaker
	firstAt  int64 // the first (article, position) that mentions it
	aliases  []string
	posts    []entPost // articles mentioning it
	quotes   []quotePost
	// single is the lower-cased name of a one-word person, with the
	// addition that first gave it; "" when the entity is never one.
	single    string
	singleSeq int32
	last      string // lower-cased last word when it is a multi-word person
	lastSeq   int32
	speechSeq int32 // the first addition with a speech quotation by it; -1 for none
}

type entPost struct{ art, n int32 }
type quotePost struct {
	art, quote int32
	speech     bool
}

// Header is what the list shows of an article: known from its first lines
// before analysis, with the counts once it is analysed.
type Header struct {
	Title, Section, Date, Source string
	// Quotes counts the quotations that are speech; Speakers the distinct
	// speakers named for any quotation.
	Quotes, Speakers int
	Analysed         bool
}

// Summary is what the library keeps of one analysed article, in a form
// that can be stored and read back without the article's text.
type Summary struct {
	Header
	Quotes   []QuoteSummary
	Entities []EntitySummary
}

// QuoteSummary is one quotation without its place in the text.
type QuoteSummary struct {
	Text, SpeakerID string
	Speech          bool
}

// EntitySummary is one entity of one article with its mention count.
type EntitySummary struct {
	ID, Name string
	Type     EntityType
	Aliases  []string
	Mentions int
}

// QuoteReader reads the words of quotations the library does not keep in
// memory, for an entity page; a missing one comes back as "".
type QuoteReader interface {
	QuoteTexts(refs []QuoteRef) []string
}

// HeaderOf is the list's view of an article: its headline and metadata,
// and, when it is analysed, its counts. Its words are copies, so that it
// does not keep the article's text in memory.
func HeaderOf(a *Article, analysed bool) Header {
	h := Header{Title: strings.Clone(a.Title), Section: strings.Clone(a.Section), Date: strings.Clone(a.Date),
		Source: strings.Clone(a.Source), Analysed: analysed}
	if analysed {
		h.Quotes, h.Speakers = speechCount(a.Quotes), speakerCount(a.Quotes)
	}
	return h
}

// speechCount is how many of quotes are speech.
func speechCount(quotes []Quote) int {
	n := 0
	for _, q := range quotes {
		if q.Speech {
			n++
		}
	}
	return n
}

// speakerCount is len(a.Speakers()) without making the list: the
// speakers of a few quotations are compared with those before them,
// those of many counted in a set.
func speakerCount(quotes []Quote) int {
	if len(quotes) > 64 {
		seen := make(map[string]bool, len(quotes))
		for _, q := range quotes {
			if q.Speaker != "" {
				seen[q.Speaker] = true
			}
		}
		return len(seen)
	}
	n := 0
	for i, q := range quotes {
		if q.Speaker != "" && !slices.ContainsFunc(quotes[:i], func(p Quote) bool { return p.Speaker == q.Speaker }) {
			n++
		}
	}
	return n
}

// Summarize is what the library needs of an analysed article. Its words
// are the article's own: Library.Add copies what it keeps, so that names
// cut from the text do not keep the whole text in memory.
func Summarize(a *Article) *Summary {
	s := &Summary{Header: Header{Title: a.Title, Section: a.Section, Date: a.Date, Source: a.Source, Analysed: true,
		Quotes: speechCount(a.Quotes), Speakers: speakerCount(a.Quotes)}}
	s.Quotes = make([]QuoteSummary, len(a.Quotes))
	for i, q := range a.Quotes {
		s.Quotes[i] = QuoteSummary{Text: q.Text, SpeakerID: q.SpeakerID, Speech: q.Speech}
	}
	s.Entities = make([]EntitySummary, len(a.Entities))
	for i, e := range a.Entities {
		s.Entities[i] = EntitySummary{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: len(e.Mentions)}
	}
	return s
}

// NewGrowingLibrary makes an empty library of n articles, to be filled
// with Add. Quotations' words are read through r when asked for; with no
// reader they are kept in memory.
func NewGrowingLibrary(n int, r QuoteReader) *Library {
	c := &libCore{heads: make([]Header, n), seq: make([]int32, n), ents: make([][]entUse, n),
		reader: r, ids: map[string]int32{}, byWord: map[string][]int32{}, bySingle: map[string][]int32{}}
	if r == nil {
		c.texts = make([][]string, n)
	}
	for i := range c.seq {
		c.seq[i] = -1
	}
	return &Library{c: c}
}

// NewLibrary indexes analysed articles, kept whole in memory (nil entries
// are articles not analysed). Entities are merged across articles by ID; a
// person known only by a surname in one article joins the one person in the
// library whose full name ends with it.
func NewLibrary(arts []*Article) *Library {
	l := NewGrowingLibrary(len(arts), nil)
	for i, a := range arts {
		if a != nil {
			l.Add(i, Summarize(a))
		}
	}
	v := l.Snapshot()
	v.Articles = arts
	return v
}

// SetHeader records what is known of article i before its analysis.
func (l *Library) SetHeader(i int, h Header) {
	c := l.c
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seq[i] < 0 {
		h.Analysed = false
		c.heads[i] = h
	}
}

// Grow makes room for n articles in all, for files that join a growing
// library after it was made (articles saved by a refresh while the reader
// is open). Views taken before see the new articles as not analysed.
func (l *Library) Grow(n int) {
	c := l.c
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.heads) < n {
		c.heads = append(c.heads, Header{})
		c.seq = append(c.seq, -1)
		c.ents = append(c.ents, nil)
		if c.texts != nil {
			c.texts = append(c.texts, nil)
		}
	}
}

// Add puts the analysis of article i into the library; an article already
// added is left as it is. The library copies the words it keeps, and only
// those: s may borrow them from a buffer that is used again once Add
// returns (a warm start decodes tens of thousands of summaries, whose
// names are nearly all known to the library already).
func (l *Library) Add(i int, s *Summary) {
	c := l.c
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seq[i] >= 0 {
		return
	}
	seq := c.added
	c.added++
	c.seq[i] = seq
	h := cloneHeader(s.Header)
	h.Analysed = true
	c.heads[i] = h
	uses := make([]entUse, 0, len(s.Entities))
	for pos, e := range s.Entities {
		r := c.intern(e.ID)
		re := &c.raws[r]
		at := int64(i)<<24 | int64(pos)
		// the name it has is among its aliases already
		named := re.firstSeq >= 0 && e.Name == re.name
		if re.firstSeq < 0 || at < re.firstAt {
			re.firstAt = at
		}
		if re.firstSeq < 0 {
			re.firstSeq = seq
			re.name, re.nameAt, re.typ, re.typeAt = strings.Clone(e.Name), at, e.Type, at
		} else {
			if len(e.Name) > len(re.name) || len(e.Name) == len(re.name) && at < re.nameAt {
				if e.Name != re.name {
					re.name = strings.Clone(e.Name)
				}
				re.nameAt = at
			}
			if at < re.typeAt {
				re.typ, re.typeAt = e.Type, at
			}
		}
		if !named {
			re.aliases = keepUnique(re.aliases, e.Name)
		}
		for _, al := range e.Aliases {
			re.aliases = keepUnique(re.aliases, al)
		}
		// a person's surname is noted once, and a one-word name once: most
		// mentions of a known person have nothing to add
		if e.Type == Person && (re.last == "" || re.single == "" && !strings.Contains(e.Name, " ")) {
			if last, several := lastWord(e.Name); several {
				if re.last == "" {
					// copied: ToLower gives back a borrowed name already in lower case
					re.last, re.lastSeq = strings.Clone(strings.ToLower(last)), seq
					c.byWord[re.last] = append(c.byWord[re.last], r)
				}
			} else if !strings.Contains(e.Name, " ") && re.single == "" {
				re.single, re.singleSeq = strings.Clone(strings.ToLower(e.Name)), seq
				c.bySingle[re.single] = append(c.bySingle[re.single], r)
			}
		}
		re.posts = append(re.posts, entPost{int32(i), int32(e.Mentions)})
		uses = append(uses, entUse{r, int32(e.Mentions)})
	}
	c.ents[i] = uses
	var texts []string
	if c.texts != nil {
		texts = make([]string, len(s.Quotes))
	}
	for qi, q := range s.Quotes {
		if texts != nil {
			texts[qi] = strings.Clone(q.Text)
		}
		if q.SpeakerID == "" {
			continue
		}
		r := c.intern(q.SpeakerID)
		re := &c.raws[r]
		re.quotes = append(re.quotes, quotePost{int32(i), int32(qi), q.Speech})
		if q.Speech && re.speechSeq < 0 {
			re.speechSeq = seq
			c.speakRe = append(c.speakRe, r)
		}
	}
	if c.texts != nil {
		c.texts[i] = texts
	}
}

func (c *libCore) intern(id string) int32 {
	if r, ok := c.ids[id]; ok {
		return r
	}
	id = strings.Clone(id) // borrowed until now (Add)
	r := int32(len(c.raws))
	c.ids[id] = r
	c.raws = append(c.raws, rawEntity{id: id, firstSeq: -1, speechSeq: -1})
	return r
}

// Snapshot is a view of the library as it is now: later additions do not
// show in it, so a reader can compare two views to see whether anything
// changed.
func (l *Library) Snapshot() *Library {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	return &Library{c: l.c, n: l.c.added}
}

// Added is how many articles the view holds analyses of.
func (l *Library) Added() int {
	if l == nil || l.c == nil {
		return 0
	}
	return int(l.n)
}

// Len is how many articles the library has room for, analysed or not.
func (l *Library) Len() int {
	if l == nil || l.c == nil {
		return 0
	}
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	return len(l.c.heads)
}

// Header is what is known of article i: its headline and metadata, and
// its counts once analysed (in this view or after).
func (l *Library) Header(i int) Header {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	return l.c.heads[i]
}

// Names lists the names of the entities article i mentions or quotes,
// with the other names they go by, one a line, so that a filter can find
// the article by any of them; ok is false while the article's analysis is
// not in this view.
func (l *Library) Names(i int) (names string, ok bool) {
	if l == nil || l.c == nil {
		return "", false
	}
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	if i < 0 || i >= len(l.c.seq) || !l.visible(int32(i)) {
		return "", false
	}
	var b strings.Builder
	for _, u := range l.c.ents[i] {
		re := &l.c.raws[l.canon(u.raw)]
		b.WriteString(re.name)
		b.WriteByte('\n')
		for _, al := range re.aliases {
			if al != re.name {
				b.WriteString(al)
				b.WriteByte('\n')
			}
		}
	}
	return b.String(), true
}

// Holds reports whether the view holds article i's analysis (and so its
// Names). Safe on a nil library.
func (l *Library) Holds(i int) bool {
	if l == nil || l.c == nil {
		return false
	}
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	return i >= 0 && i < len(l.c.seq) && l.visible(int32(i))
}

// visible reports whether article i's analysis is in this view.
func (l *Library) visible(art int32) bool {
	s := l.c.seq[art]
	return s >= 0 && s < l.n
}

// canon is the raw entity that r is shown as: itself, or the one
// multi-word person its surname names when there is exactly one.
func (l *Library) canon(r int32) int32 {
	re := &l.c.raws[r]
	if re.single == "" || re.singleSeq >= l.n {
		return r
	}
	to := int32(-1)
	for _, f := range l.c.byWord[re.single] {
		if l.c.raws[f].lastSeq >= l.n {
			continue
		}
		if to >= 0 {
			return r // two people share the surname: a wrong merge is worse than two pages
		}
		to = f
	}
	if to < 0 {
		return r
	}
	return to
}

// group is the raw entities shown as the entity ID, the entity itself
// first; nil when the view does not know it or shows it as another.
func (l *Library) group(id string) []int32 {
	r, ok := l.c.ids[id]
	if !ok || l.c.raws[r].firstSeq < 0 || l.c.raws[r].firstSeq >= l.n || l.canon(r) != r {
		return nil
	}
	return l.joined(r)
}

// joined is a raw entity shown as itself with the one-word people joined
// to it, itself first.
func (l *Library) joined(r int32) []int32 {
	g := []int32{r}
	if last := l.c.raws[r].last; last != "" && l.c.raws[r].lastSeq < l.n {
		for _, sr := range l.c.bySingle[last] {
			if sr != r && l.canon(sr) == r {
				g = append(g, sr)
			}
		}
	}
	return g
}

// ID is the library's ID for an entity or speaker ID found in one of its
// articles: the same, unless the library joined it to another ("Osei" in
// one article to "Tomas Osei" in another). Safe on a nil library.
func (l *Library) ID(id string) string {
	if l == nil || l.c == nil {
		return id
	}
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	r, ok := l.c.ids[id]
	if !ok {
		return id
	}
	return l.c.raws[l.canon(r)].id
}

// EntityInfo is everything the library knows about one entity.
type EntityInfo struct {
	ID      string
	Name    string
	Type    EntityType
	Aliases []string // every name it goes by, the canonical name first
	// Mentions counts mentions per article index.
	Mentions map[int]int
	// Quotes counts the quotations of speech attributed to it.
	Quotes int
}

// ArticleCount is an article and how often something occurs in it.
type ArticleCount struct {
	Article int // index into the library's articles
	Count   int
}

// QuoteRef points at one quotation in the library.
type QuoteRef struct {
	Article int // index into the library's articles
	Quote   int // index into that article's Quotes
}

// EntityCount is an entity and a count (co-mentions).
type EntityCount struct {
	ID    string
	Name  string
	Type  EntityType
	Count int
}

// Entity returns what the library knows about an entity.
func (l *Library) Entity(id string) (*EntityInfo, bool) {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	g := l.group(id)
	if g == nil {
		return nil, false
	}
	return l.info(g, true), true
}

// About is Entity without the mentions per article (Mentions is empty):
// what a page needs to head itself, without a pass over the tens of
// thousands of articles that mention the commonest entities.
func (l *Library) About(id string) (*EntityInfo, bool) {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	g := l.group(id)
	if g == nil {
		return nil, false
	}
	return l.info(g, false), true
}

// info merges the raw entities of a group as one entity: the longest name
// (the first in library order among equals), the type given first, every
// alias, and the mentions per article when asked for (they cost a pass
// over every article that mentions it).
func (l *Library) info(g []int32, mentions bool) *EntityInfo {
	first := &l.c.raws[g[0]]
	info := &EntityInfo{ID: first.id}
	nameAt, typeAt := int64(-1), int64(-1)
	var aliases []string
	for _, r := range g {
		re := &l.c.raws[r]
		if nameAt < 0 || len(re.name) > len(info.Name) || len(re.name) == len(info.Name) && re.nameAt < nameAt {
			info.Name, nameAt = re.name, re.nameAt
		}
		if typeAt < 0 || re.typeAt < typeAt {
			info.Type, typeAt = re.typ, re.typeAt
		}
		for _, al := range re.aliases {
			aliases = appendUnique(aliases, al)
		}
		for _, q := range re.quotes {
			if q.speech && l.visible(q.art) {
				info.Quotes++
			}
		}
	}
	if mentions {
		ps := l.mentions(g)
		info.Mentions = make(map[int]int, len(ps))
		for _, p := range ps {
			info.Mentions[int(p.art)] = int(p.n)
		}
	} else {
		info.Mentions = map[int]int{}
	}
	// canonical name first, the rest sorted for a stable page
	rest := make([]string, 0, len(aliases))
	for _, al := range aliases {
		if al != info.Name {
			rest = append(rest, al)
		}
	}
	sort.Strings(rest)
	info.Aliases = caseless(append([]string{info.Name}, rest...))
	info.Name = info.Aliases[0]
	return info
}

// ident is the name and type info gives a group, without its aliases
// listed or its mentions counted.
func (l *Library) ident(g []int32) (string, EntityType) {
	var name string
	var typ EntityType
	nameAt, typeAt := int64(-1), int64(-1)
	for _, r := range g {
		re := &l.c.raws[r]
		if nameAt < 0 || len(re.name) > len(name) || len(re.name) == len(name) && re.nameAt < nameAt {
			name, nameAt = re.name, re.nameAt
		}
		if typeAt < 0 || re.typeAt < typeAt {
			typ, typeAt = re.typ, re.typeAt
		}
	}
	if name != strings.ToUpper(name) {
		return name, typ
	}
	// a name in capitals gives way to the first other spelling of it, in
	// sorted order, that is not (as caseless does)
	best, low := "", strings.ToLower(name)
	for _, r := range g {
		for _, al := range l.c.raws[r].aliases {
			if al != name && strings.ToLower(al) == low && al != strings.ToUpper(al) && (best == "" || al < best) {
				best = al
			}
		}
	}
	if best != "" {
		return best, typ
	}
	return name, typ
}

// Entities lists every entity, most mentioned first, then in the order
// the library's articles first mention them.
func (l *Library) Entities() []*EntityInfo {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	groups := map[int32][]int32{}
	for r := range l.c.raws {
		re := &l.c.raws[r]
		if re.firstSeq < 0 || re.firstSeq >= l.n {
			continue
		}
		to := l.canon(int32(r))
		groups[to] = append(groups[to], int32(r))
	}
	type ranked struct {
		info  *EntityInfo
		at    int64
		total int
	}
	out := make([]ranked, 0, len(groups))
	for to, g := range groups {
		if g[0] != to { // the entity itself first
			for k, r := range g {
				if r == to {
					g[0], g[k] = g[k], g[0]
				}
			}
		}
		info := l.info(g, true)
		at := l.c.raws[g[0]].firstAt
		for _, r := range g {
			at = min(at, l.c.raws[r].firstAt)
		}
		t := 0
		for _, n := range info.Mentions {
			t += n
		}
		out = append(out, ranked{info, at, t})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].total != out[j].total {
			return out[i].total > out[j].total
		}
		return out[i].at < out[j].at
	})
	infos := make([]*EntityInfo, len(out))
	for i, r := range out {
		infos[i] = r.info
	}
	return infos
}

// ArticlesMentioning lists the articles that mention an entity, most
// mentions first, then in library order.
func (l *Library) ArticlesMentioning(id string) []ArticleCount {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	g := l.group(id)
	if g == nil {
		return nil
	}
	counts := l.mentions(g) // in library order
	out := make([]ArticleCount, len(counts))
	top := int32(0)
	for _, p := range counts {
		top = max(top, p.n)
	}
	if top > 1<<16 || len(counts) < 64 {
		for i, p := range counts {
			out[i] = ArticleCount{Article: int(p.art), Count: int(p.n)}
		}
		slices.SortStableFunc(out, func(a, b ArticleCount) int { return b.Count - a.Count })
		return out
	}
	// counts are small numbers: placed by a counting sort, which keeps
	// library order among equals, in one pass rather than a comparison
	// sort of tens of thousands for the entities in most articles
	at := make([]int, top+2) // at[top-c]: where the articles of c mentions begin
	for _, p := range counts {
		at[top-p.n+1]++
	}
	for c := 1; c < len(at); c++ {
		at[c] += at[c-1]
	}
	for _, p := range counts {
		k := &at[top-p.n]
		out[*k] = ArticleCount{Article: int(p.art), Count: int(p.n)}
		*k++
	}
	return out
}

// mentions counts a group's mentions per visible article, in library
// order. Counted in an array by article rather than a map: the most
// mentioned entities of a large library are in tens of thousands of
// articles.
func (l *Library) mentions(g []int32) []entPost {
	total := 0
	for _, r := range g {
		total += len(l.c.raws[r].posts)
	}
	if total < 4096 { // an entity of few articles: sorted and merged, not an array as long as the library
		var out []entPost
		for _, r := range g {
			for _, p := range l.c.raws[r].posts {
				if l.visible(p.art) {
					out = append(out, p)
				}
			}
		}
		slices.SortFunc(out, func(a, b entPost) int { return int(a.art - b.art) })
		merged := out[:0]
		for _, p := range out {
			if n := len(merged); n > 0 && merged[n-1].art == p.art {
				merged[n-1].n += p.n
				continue
			}
			merged = append(merged, p)
		}
		return merged
	}
	count := make([]int32, len(l.c.heads)) // mentions + 1; 0 for an article that does not mention it
	arts := 0
	for _, r := range g {
		for _, p := range l.c.raws[r].posts {
			if !l.visible(p.art) {
				continue
			}
			if count[p.art] == 0 {
				count[p.art] = 1
				arts++
			}
			count[p.art] += p.n
		}
	}
	out := make([]entPost, 0, arts)
	for art, n := range count {
		if n > 0 {
			out = append(out, entPost{int32(art), n - 1})
		}
	}
	return out
}

// QuotesBy lists every quotation attributed to an entity, in library order.
func (l *Library) QuotesBy(id string) []QuoteRef {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	r, ok := l.c.ids[id]
	if !ok {
		return nil
	}
	if l.canon(r) != r {
		return nil
	}
	g := l.joined(r)
	var out []QuoteRef
	for _, r := range g {
		for _, q := range l.c.raws[r].quotes {
			if l.visible(q.art) {
				out = append(out, QuoteRef{Article: int(q.art), Quote: int(q.quote)})
			}
		}
	}
	slices.SortFunc(out, func(a, b QuoteRef) int {
		if a.Article != b.Article {
			return a.Article - b.Article
		}
		return a.Quote - b.Quote
	})
	return out
}

// QuoteTexts gives the words of the quotations, read from memory or
// through the library's QuoteReader.
func (l *Library) QuoteTexts(refs []QuoteRef) []string {
	if l.Articles != nil {
		out := make([]string, len(refs))
		for i, r := range refs {
			if a := l.Articles[r.Article]; a != nil && r.Quote < len(a.Quotes) {
				out[i] = a.Quotes[r.Quote].Text
			}
		}
		return out
	}
	l.c.mu.RLock()
	reader, texts := l.c.reader, l.c.texts
	if texts != nil {
		out := make([]string, len(refs))
		for i, r := range refs {
			if t := texts[r.Article]; r.Quote < len(t) {
				out[i] = t[r.Quote]
			}
		}
		l.c.mu.RUnlock()
		return out
	}
	l.c.mu.RUnlock()
	return reader.QuoteTexts(refs)
}

// MentionedWith lists the entities that appear in the same articles as id:
// most shared articles first, then most mentions alongside it; at most n
// (n <= 0: all). Count is the number of shared articles.
func (l *Library) MentionedWith(id string, n int) []EntityCount {
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	g := l.group(id)
	if g == nil {
		return nil
	}
	// dense counters by raw entity: an entity page of a much-mentioned
	// entity walks every entity of every article that mentions it
	self, nr := g[0], len(l.c.raws)
	canon := make([]int32, nr)
	for i := range canon {
		canon[i] = -1
	}
	here, stamp := make([]int32, nr), make([]int32, nr)
	shared, weight := make([]int32, nr), make([]int32, nr)
	var list []int32
	round := int32(0)
	for _, p := range l.mentions(g) {
		ai, mine := p.art, p.n
		round++
		for _, u := range l.c.ents[ai] {
			to := canon[u.raw]
			if to < 0 {
				to = l.canon(u.raw)
				canon[u.raw] = to
			}
			if to == self {
				continue
			}
			if stamp[to] != round { // first seen in this article
				stamp[to], here[to] = round, u.n
				if shared[to] == 0 {
					list = append(list, to)
				}
				shared[to]++
				weight[to] += min(mine, u.n)
				continue
			}
			// another raw entity shown as the same one (a surname joined
			// to its person) adds its mentions to the first's
			weight[to] -= min(mine, here[to])
			here[to] += u.n
			weight[to] += min(mine, here[to])
		}
	}
	type ranked struct {
		EntityCount
		raw    int32
		weight int32
	}
	rs := make([]ranked, len(list))
	for i, to := range list {
		rs[i] = ranked{EntityCount{Count: int(shared[to])}, to, weight[to]}
	}
	byCounts := func(a, b ranked) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return int(b.weight - a.weight)
	}
	// the names only break ties: they are looked up for the first n and
	// those tied with the last of them, not for the thousands of entities
	// that share an article with a common one
	slices.SortFunc(rs, byCounts)
	if n > 0 && len(rs) > n {
		cut := n
		for cut < len(rs) && byCounts(rs[cut], rs[n-1]) == 0 {
			cut++
		}
		rs = rs[:cut]
	}
	for i := range rs {
		to := rs[i].raw
		name, typ := l.ident(l.joined(to))
		rs[i].ID, rs[i].Name, rs[i].Type = l.c.raws[to].id, name, typ
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if c := byCounts(a, b); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	out := make([]EntityCount, len(rs))
	for i, r := range rs {
		out[i] = r.EntityCount
	}
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// Totals counts the quotations that are speech and the distinct named
// speakers of speech in the view.
func (l *Library) Totals() (quotes, speakers int) {
	if l == nil || l.c == nil {
		return 0, 0
	}
	l.c.mu.RLock()
	defer l.c.mu.RUnlock()
	for i, h := range l.c.heads {
		if l.visible(int32(i)) {
			quotes += h.Quotes
		}
	}
	seen := map[int32]bool{}
	for _, r := range l.c.speakRe {
		if l.c.raws[r].speechSeq < l.n {
			seen[l.canon(r)] = true
		}
	}
	return quotes, len(seen)
}

// cloneHeader copies a header's words into one allocation rather than
// four.
func cloneHeader(h Header) Header {
	// one allocation: the sum of the four would borrow a lone non-empty
	// word, and cloning that sum allocated twice
	var b strings.Builder
	b.Grow(len(h.Title) + len(h.Section) + len(h.Date) + len(h.Source))
	b.WriteString(h.Title)
	b.WriteString(h.Section)
	b.WriteString(h.Date)
	b.WriteString(h.Source)
	all := b.String()
	h.Title, all = all[:len(h.Title)], all[len(h.Title):]
	h.Section, all = all[:len(h.Section)], all[len(h.Section):]
	h.Date, h.Source = all[:len(h.Date)], all[len(h.Date):]
	return h
}

// keepUnique is appendUnique for a word that may be borrowed (Add): it is
// copied when it joins the list.
func keepUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, strings.Clone(s))
}

// lastWord is the last of the words of name, as strings.Fields would cut
// them, and whether there are two or more, without making the list.
func lastWord(name string) (last string, several bool) {
	end := len(name)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(name[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(name[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	if start == end {
		return "", false
	}
	for _, r := range name[:start] {
		if !unicode.IsSpace(r) {
			return name[start:end], true
		}
	}
	return name[start:end], false
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
// many found so far; Scanning while files are still being found.
type Progress struct {
	Read, Analysed, Failed, Total int
	Scanning                      bool
}

// Done reports whether every file has been found, and analysed or failed.
func (p Progress) Done() bool { return !p.Scanning && p.Analysed+p.Failed >= p.Total }

// caseless drops names that differ from an earlier one only in case
// ("REED" beside "Reed", from a headline in capitals), keeping the one
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
