package model

import (
	"fmt"
	"math/rand"
	"testing"
)

// zipfLibrary is a library of n articles whose entities and speakers are
// drawn from a pool with a long tail, as in real news: the few most
// common are in most articles, the rest in a handful.
func zipfLibrary(n int) *Library {
	rng := rand.New(rand.NewSource(1))
	const pool = 20_000
	z := rand.NewZipf(rng, 1.1, 4, pool-1)
	name := func(k uint64) (string, string) {
		return fmt.Sprintf("person:p%d q%d", k, k), fmt.Sprintf("P%d Q%d", k, k)
	}
	lib := NewGrowingLibrary(n, nil)
	for i := range n {
		s := &Summary{Header: Header{Title: fmt.Sprint("article ", i), Date: "2026-01-02"}}
		seen := map[uint64]bool{}
		for range 30 {
			k := z.Uint64()
			if seen[k] {
				continue
			}
			seen[k] = true
			id, nm := name(k)
			s.Entities = append(s.Entities, EntitySummary{ID: id, Name: nm, Type: Person, Mentions: 1 + rng.Intn(6)})
		}
		for q := range 8 {
			id, _ := name(z.Uint64())
			s.Quotes = append(s.Quotes, QuoteSummary{Text: fmt.Sprint("words ", q), SpeakerID: id, Speech: true})
		}
		lib.Add(i, s)
	}
	return lib.Snapshot()
}

// BenchmarkEntityPage is what an entity page asks of the library, for the
// entity in the most articles (about half the library) and for one in a
// few hundred.
func BenchmarkEntityPage(b *testing.B) {
	for _, n := range []int{50_000, 100_000} {
		lib := zipfLibrary(n)
		for _, who := range []struct {
			name string
			k    int
		}{{"top", 0}, {"100th", 100}} {
			id := fmt.Sprintf("person:p%d q%d", who.k, who.k)
			b.Run(fmt.Sprintf("%d/%s", n, who.name), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, ok := lib.About(id); !ok {
						b.Fatal("no entity")
					}
					_ = lib.ArticlesMentioning(id)
					q := lib.QuotesBy(id)
					_ = lib.QuoteTexts(q[:min(len(q), 500)])
					_ = lib.MentionedWith(id, 12)
				}
			})
		}
	}
}
