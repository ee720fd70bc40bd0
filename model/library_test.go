package model

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unsafe"
)

// article builds an analysed article with hand-made entities and quotes,
// so that the index is tested apart from the recogniser.
func libArticle(ents []Entity, quotes []Quote) *Article {
	for i := range ents {
		for j := range ents[i].Mentions {
			ents[i].Mentions[j].Entity = i
		}
	}
	return &Article{Entities: ents, Quotes: quotes}
}

func person(name string, mentions ...string) Entity {
	e := Entity{ID: "person:" + lowerASCII(name), Name: name, Type: Person}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, Mention{Text: m})
	}
	return e
}

func lowerASCII(s string) string { return strings.ToLower(s) }

func TestLibrary(t *testing.T) {
	a0 := libArticle([]Entity{
		person("Vladimir Putin", "Vladimir Putin", "Putin", "Putin"),
		person("Donald Trump", "Donald Trump", "Trump"),
		{ID: "place:sochi", Name: "Sochi", Type: Place, Mentions: []Mention{{Text: "Sochi"}}},
	}, []Quote{{Speaker: "Vladimir Putin", SpeakerID: "person:vladimir putin"}, {Speaker: "Donald Trump", SpeakerID: "person:donald trump"}})
	// a second article that knows Putin only by his surname
	a1 := libArticle([]Entity{
		person("Putin", "Putin"),
		{ID: "place:sochi", Name: "Sochi", Type: Place, Mentions: []Mention{{Text: "Sochi"}, {Text: "Sochi"}}},
	}, []Quote{{Speaker: "Putin", SpeakerID: "person:putin"}})
	// two different Smiths: a surname alone must not be merged with either
	a2 := libArticle([]Entity{
		person("Anna Smith", "Anna Smith"),
		person("Bob Smith", "Bob Smith"),
		person("Smith", "Smith"),
	}, nil)
	lib := NewLibrary([]*Article{a0, a1, a2})

	putin, ok := lib.Entity("person:vladimir putin")
	if !ok {
		t.Fatal("no Putin")
	}
	if putin.Mentions[0] != 3 || putin.Mentions[1] != 1 {
		t.Errorf("Putin mentions per article %v, want 3 and 1 (surname joined across articles)", putin.Mentions)
	}
	if got := lib.ArticlesMentioning("person:vladimir putin"); len(got) != 2 || got[0].Article != 0 || got[0].Count != 3 {
		t.Errorf("ArticlesMentioning = %v", got)
	}
	if got := lib.QuotesBy("person:vladimir putin"); len(got) != 2 || got[1].Article != 1 {
		t.Errorf("QuotesBy = %v, want both quotations, the surname one included", got)
	}
	with := lib.MentionedWith("person:vladimir putin", 0)
	if len(with) != 2 || with[0].ID != "place:sochi" || with[0].Count != 2 {
		t.Errorf("MentionedWith = %v, want Sochi (1+1) before Trump", with)
	}
	if _, ok := lib.Entity("person:smith"); !ok {
		t.Error("ambiguous surname Smith was merged into one of two Smiths")
	}
	if _, ok := lib.Entity("person:putin"); ok {
		t.Error("surname-only Putin kept a page of its own")
	}
	if got := lib.ArticlesMentioning("person:nobody"); got != nil {
		t.Errorf("unknown entity: %v", got)
	}
}

// refLibrary is the library as it was when every article was kept whole
// in memory: a plain and slow statement of what the compact library must
// answer, kept to test it against.
type refLibrary struct {
	arts     []*Article
	entities map[string]*EntityInfo
	remap    map[string]string
}

func newRefLibrary(arts []*Article) *refLibrary {
	l := &refLibrary{arts: arts, entities: map[string]*EntityInfo{}, remap: map[string]string{}}
	full := map[string][]string{}
	for _, a := range arts {
		for _, e := range a.Entities {
			if words := strings.Fields(e.Name); e.Type == Person && len(words) >= 2 {
				last := strings.ToLower(words[len(words)-1])
				full[last] = appendUnique(full[last], e.ID)
			}
		}
	}
	for _, a := range arts {
		for _, e := range a.Entities {
			if e.Type == Person && !strings.Contains(e.Name, " ") {
				if ids := full[strings.ToLower(e.Name)]; len(ids) == 1 && ids[0] != e.ID {
					l.remap[e.ID] = ids[0]
				}
			}
		}
	}
	for ai, a := range arts {
		for _, e := range a.Entities {
			id := l.id(e.ID)
			info, ok := l.entities[id]
			if !ok {
				info = &EntityInfo{ID: id, Name: e.Name, Type: e.Type, Mentions: map[int]int{}}
				l.entities[id] = info
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
		var rest []string
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

func (l *refLibrary) id(id string) string {
	if to, ok := l.remap[id]; ok {
		return to
	}
	return id
}

func (l *refLibrary) quotesBy(id string) []QuoteRef {
	var out []QuoteRef
	for ai, a := range l.arts {
		for qi, q := range a.Quotes {
			if q.SpeakerID != "" && l.id(q.SpeakerID) == id {
				out = append(out, QuoteRef{ai, qi})
			}
		}
	}
	return out
}

func (l *refLibrary) mentionedWith(id string) map[string]int {
	shared := map[string]int{}
	for ai := range l.entities[id].Mentions {
		seen := map[string]bool{}
		for _, e := range l.arts[ai].Entities {
			if eid := l.id(e.ID); eid != id && !seen[eid] {
				seen[eid] = true
				shared[eid]++
			}
		}
	}
	return shared
}

// randomArticles makes articles from a small pool of names, so that
// surnames, shared names and speakers collide often.
func randomArticles(rng *rand.Rand, n int) []*Article {
	names := []string{"Vladimir Putin", "Putin", "Anna Smith", "Bob Smith", "Smith", "Lee", "Ann Lee", "ANN LEE",
		"Paris", "Sochi", "Acme Corp", "Halvard Lines", "Halvard", "Varga", "Mira Varga", "Kessary"}
	types := []EntityType{Person, Person, Person, Person, Person, Person, Person, Person,
		Place, Place, Organization, Organization, Organization, Person, Person, Place}
	arts := make([]*Article, n)
	for i := range arts {
		a := &Article{Title: fmt.Sprintf("Article %d", i), Date: fmt.Sprintf("2026-01-%02d", i%28+1)}
		used := map[string]bool{}
		for k := rng.Intn(6); k > 0; k-- {
			j := rng.Intn(len(names))
			id := strings.ToLower(names[j])
			if used[id] {
				continue
			}
			used[id] = true
			typ := types[j]
			if rng.Intn(10) == 0 {
				typ = Other // the same ID typed differently in another article
			}
			e := Entity{ID: id, Name: names[j], Type: typ}
			if rng.Intn(3) == 0 {
				e.Aliases = []string{strings.ToUpper(names[j]), "the " + names[j]}
			}
			for m := rng.Intn(4) + 1; m > 0; m-- {
				e.Mentions = append(e.Mentions, Mention{Text: names[j], Entity: len(a.Entities)})
			}
			a.Entities = append(a.Entities, e)
		}
		for k := rng.Intn(4); k > 0; k-- {
			q := Quote{Text: fmt.Sprintf("words %d.%d", i, k), Speech: rng.Intn(4) > 0}
			if len(a.Entities) > 0 && rng.Intn(3) > 0 {
				e := a.Entities[rng.Intn(len(a.Entities))]
				q.Speaker, q.SpeakerID = e.Name, e.ID
			} else if rng.Intn(2) == 0 {
				q.Speaker, q.SpeakerID = "a spokesman", "other:a spokesman" // a speaker never mentioned
			}
			a.Quotes = append(a.Quotes, q)
		}
		arts[i] = a
	}
	return arts
}

// The compact library answers as the all-in-memory one did, whether built
// at once or grown an article at a time in any order.
func TestLibraryMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 30; round++ {
		arts := randomArticles(rng, 1+rng.Intn(40))
		ref := newRefLibrary(arts)
		grown := NewGrowingLibrary(len(arts), nil)
		for _, i := range rng.Perm(len(arts)) {
			grown.Add(i, Summarize(arts[i]))
		}
		// as a warm start adds them: every word borrowed from a buffer that
		// is overwritten once Add returns
		borrowing := NewGrowingLibrary(len(arts), nil)
		for i, a := range arts {
			s, scribble := borrowed(Summarize(a))
			borrowing.Add(i, s)
			scribble()
		}
		for name, lib := range map[string]*Library{"NewLibrary": NewLibrary(arts), "grown": grown.Snapshot(),
			"borrowed": borrowing.Snapshot()} {
			compareWithRef(t, fmt.Sprintf("round %d, %s", round, name), lib, ref)
		}
	}
}

// borrowed is s with every word in one buffer, as a summary decoded
// without copies has them, and a function that overwrites the buffer.
func borrowed(s *Summary) (*Summary, func()) {
	var buf []byte
	var at []*string
	keep := func(p *string) { buf = append(buf, *p...); at = append(at, p) }
	out := *s
	keep(&out.Title)
	keep(&out.Section)
	keep(&out.Date)
	keep(&out.Source)
	out.Quotes = slices.Clone(s.Quotes)
	for i := range out.Quotes {
		keep(&out.Quotes[i].Text)
		keep(&out.Quotes[i].SpeakerID)
	}
	out.Entities = slices.Clone(s.Entities)
	for i := range out.Entities {
		e := &out.Entities[i]
		keep(&e.ID)
		keep(&e.Name)
		e.Aliases = slices.Clone(e.Aliases)
		for k := range e.Aliases {
			keep(&e.Aliases[k])
		}
	}
	off := 0
	for _, p := range at {
		n := len(*p)
		if n > 0 {
			*p = unsafe.String(&buf[off], n)
		}
		off += n
	}
	return &out, func() {
		for i := range buf {
			buf[i] = '#'
		}
	}
}

func TestLastWord(t *testing.T) {
	for _, name := range []string{"", " ", "Putin", " Putin ", "Vladimir Putin", "Vladimir  Putin\t",
		"a\u00a0b", "Jean-Luc Picard", "\xff \xfe", "x\u2003", "\u2003y z"} {
		f := strings.Fields(name)
		last, several := lastWord(name)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if last != want || several != (len(f) >= 2) {
			t.Errorf("lastWord(%q) = %q, %v; want %q, %v", name, last, several, want, len(f) >= 2)
		}
	}
}

func compareWithRef(t *testing.T, what string, lib *Library, ref *refLibrary) {
	t.Helper()
	if got := len(lib.Entities()); got != len(ref.entities) {
		t.Errorf("%s: %d entities, want %d", what, got, len(ref.entities))
	}
	for id, want := range ref.entities {
		got, ok := lib.Entity(id)
		if !ok {
			t.Errorf("%s: no entity %q", what, id)
			continue
		}
		if got.Name != want.Name || got.Type != want.Type || !reflect.DeepEqual(got.Aliases, want.Aliases) || !reflect.DeepEqual(got.Mentions, want.Mentions) {
			t.Errorf("%s: entity %q\n got %+v\nwant %+v", what, id, got, want)
		}
		var byCount []ArticleCount
		for art, n := range want.Mentions {
			byCount = append(byCount, ArticleCount{Article: art, Count: n})
		}
		sort.Slice(byCount, func(i, j int) bool {
			if byCount[i].Count != byCount[j].Count {
				return byCount[i].Count > byCount[j].Count
			}
			return byCount[i].Article < byCount[j].Article
		})
		if got := lib.ArticlesMentioning(id); !reflect.DeepEqual(got, byCount) && len(got)+len(byCount) > 0 {
			t.Errorf("%s: ArticlesMentioning(%q) = %v, want %v", what, id, got, byCount)
		}
		if about, ok := lib.About(id); !ok || about.Name != want.Name || about.Type != want.Type || !reflect.DeepEqual(about.Aliases, want.Aliases) || about.Quotes != got.Quotes {
			t.Errorf("%s: About(%q) = %+v, want Entity's %+v", what, id, about, got)
		}
		if got, want := lib.QuotesBy(id), ref.quotesBy(id); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: QuotesBy(%q) = %v, want %v", what, id, got, want)
		}
		with := map[string]int{}
		for _, ec := range lib.MentionedWith(id, 0) {
			with[ec.ID] = ec.Count
			if w := ref.entities[ec.ID]; w == nil || ec.Name != w.Name || ec.Type != w.Type {
				t.Errorf("%s: %q mentioned with %+v, want it named as on its page %+v", what, id, ec, w)
			}
		}
		if want := ref.mentionedWith(id); !reflect.DeepEqual(with, want) && len(with)+len(want) > 0 {
			t.Errorf("%s: MentionedWith(%q) = %v, want %v", what, id, with, want)
		}
	}
	for _, a := range ref.arts {
		for _, q := range a.Quotes {
			if q.SpeakerID != "" && lib.ID(q.SpeakerID) != ref.id(q.SpeakerID) {
				t.Errorf("%s: ID(%q) = %q, want %q", what, q.SpeakerID, lib.ID(q.SpeakerID), ref.id(q.SpeakerID))
			}
		}
	}
	quotes, speakers := 0, map[string]bool{}
	for _, a := range ref.arts {
		for _, q := range a.Quotes {
			if q.Speech {
				quotes++
				if q.SpeakerID != "" {
					speakers[ref.id(q.SpeakerID)] = true
				}
			}
		}
	}
	if q, s := lib.Totals(); q != quotes || s != len(speakers) {
		t.Errorf("%s: Totals %d, %d; want %d, %d", what, q, s, quotes, len(speakers))
	}
}

// A snapshot answers for the articles added before it, whatever is added
// after.
func TestLibrarySnapshotIsStable(t *testing.T) {
	lib := NewGrowingLibrary(2, nil)
	lib.Add(0, Summarize(libArticle([]Entity{person("Putin", "Putin")}, []Quote{{Text: "no", SpeakerID: "person:putin", Speech: true}})))
	before := lib.Snapshot()
	lib.Add(1, Summarize(libArticle([]Entity{person("Vladimir Putin", "Vladimir Putin")}, nil)))
	after := lib.Snapshot()
	if _, ok := before.Entity("person:putin"); !ok || before.ID("person:putin") != "person:putin" {
		t.Error("the earlier snapshot joined Putin to a person added after it")
	}
	if _, ok := before.Entity("person:vladimir putin"); ok {
		t.Error("the earlier snapshot shows an entity added after it")
	}
	if after.ID("person:putin") != "person:vladimir putin" || len(after.QuotesBy("person:vladimir putin")) != 1 {
		t.Error("the later snapshot did not join the surname")
	}
	if got := after.QuoteTexts(after.QuotesBy("person:vladimir putin")); len(got) != 1 || got[0] != "no" {
		t.Errorf("QuoteTexts = %q", got)
	}
	if before.Added() != 1 || after.Added() != 2 || !after.Header(1).Analysed {
		t.Errorf("Added %d and %d", before.Added(), after.Added())
	}
	if before.Holds(1) || !after.Holds(1) || !before.Holds(0) || after.Holds(2) {
		t.Errorf("Holds: before %v %v, after %v %v", before.Holds(0), before.Holds(1), after.Holds(1), after.Holds(2))
	}
}

// An entity in thousands of articles takes the library's quicker paths
// (mentions counted by article, articles placed by their counts): the
// order is still most mentions first, then library order; and the first
// n entities mentioned with it are the first n of the whole list.
func TestLibraryCommonEntity(t *testing.T) {
	const n = 5000
	rng := rand.New(rand.NewSource(2))
	lib := NewGrowingLibrary(n, nil)
	want := make([]ArticleCount, n)
	for _, i := range rng.Perm(n) {
		k := 1 + rng.Intn(9)
		want[i] = ArticleCount{Article: i, Count: k}
		ents := []EntitySummary{{ID: "person:ann lee", Name: "Ann Lee", Type: Person, Mentions: k}}
		for j := 0; j < 3; j++ {
			o := rng.Intn(40)
			ents = append(ents, EntitySummary{ID: fmt.Sprintf("place:p%d", o), Name: fmt.Sprintf("P%d", o), Type: Place, Mentions: 1 + rng.Intn(3)})
		}
		lib.Add(i, &Summary{Entities: ents})
	}
	v := lib.Snapshot()
	sort.SliceStable(want, func(i, j int) bool { return want[i].Count > want[j].Count })
	if got := v.ArticlesMentioning("person:ann lee"); !reflect.DeepEqual(got, want) {
		t.Errorf("ArticlesMentioning: %d articles, first %v, want first %v", len(got), got[:min(5, len(got))], want[:5])
	}
	all := v.MentionedWith("person:ann lee", 0)
	if top := v.MentionedWith("person:ann lee", 12); !reflect.DeepEqual(top, all[:12]) {
		t.Errorf("MentionedWith 12 = %v, want %v", top, all[:12])
	}
}

// A name already in lower case is its own lower-cased form: borrowed, it
// must still be copied before the library keys a surname by it.
func TestLibraryBorrowedLowerCase(t *testing.T) {
	lib := NewGrowingLibrary(2, nil)
	for i, e := range []EntitySummary{
		{ID: "person:mira varga", Name: "mira varga", Type: Person, Mentions: 2},
		{ID: "person:varga", Name: "varga", Type: Person, Mentions: 1},
	} {
		s, scribble := borrowed(&Summary{Entities: []EntitySummary{e}})
		lib.Add(i, s)
		scribble()
	}
	v := lib.Snapshot()
	if got := v.ID("person:varga"); got != "person:mira varga" {
		t.Errorf(`ID("person:varga") = %q, want the surname joined to "person:mira varga"`, got)
	}
	if e, ok := v.Entity("person:mira varga"); !ok || e.Name != "mira varga" || len(e.Mentions) != 2 {
		t.Errorf("entity %+v, %v", e, ok)
	}
}

// The counts a summary heads itself with are those of the article's own
// lists, for a few quotations and for many (counted another way).
func TestSummaryCounts(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 5, 64, 65, 300} {
		var quotes []Quote
		for i := range n {
			q := Quote{Text: fmt.Sprint("words ", i), Speech: rng.Intn(3) > 0}
			if k := rng.Intn(12); k > 0 {
				q.Speaker = fmt.Sprint("Speaker ", k)
			}
			quotes = append(quotes, q)
		}
		a := &Article{Title: "T", Quotes: quotes}
		speech := 0
		for _, q := range quotes {
			if q.Speech {
				speech++
			}
		}
		s := Summarize(a)
		h := HeaderOf(a, true)
		if s.Header != h || s.Speakers != len(a.Speakers()) || s.Header.Quotes != speech {
			t.Errorf("%d quotations: summary %+v, header %+v, want %d speakers and %d speech", n, s.Header, h, len(a.Speakers()), speech)
		}
	}
}

// A header kept by the library owns its words, even when only one of
// them is set (a sum of strings would give that one back as it is).
func TestLibraryHeaderOwnsItsWords(t *testing.T) {
	buf := []byte("Borrowed title")
	title := unsafe.String(&buf[0], len(buf))
	lib := NewGrowingLibrary(1, nil)
	lib.Add(0, &Summary{Header: Header{Title: title}})
	copy(buf, "XXXXXXXXXXXXXX")
	if got := lib.Header(0).Title; got != "Borrowed title" {
		t.Errorf("title %q", got)
	}
}
