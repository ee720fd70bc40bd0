package articles

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/byline-reader/byline/model"
)

// encodedSummaries is n summaries as the cache keeps them, whose entities
// and speakers come from a pool with a long tail, as in real news: a few
// in most articles, most in a handful.
func encodedSummaries(n int) [][]byte {
	rng := rand.New(rand.NewSource(1))
	const pool = 20_000
	z := rand.NewZipf(rng, 1.1, 4, pool-1)
	types := []model.EntityType{model.Person, model.Organization, model.Place}
	out := make([][]byte, n)
	for i := range out {
		s := &model.Summary{Header: model.Header{Title: fmt.Sprint("A headline of some length, article ", i),
			Section: "politics", Date: "2026-01-02", Source: "The Daily Example", Quotes: 9, Speakers: 5}}
		seen := map[uint64]bool{}
		for range 30 {
			k := z.Uint64()
			if seen[k] {
				continue
			}
			seen[k] = true
			e := model.EntitySummary{ID: fmt.Sprintf("e:firstname%d lastname%d", k, k),
				Name: fmt.Sprintf("Firstname%d Lastname%d", k, k), Type: types[k%3], Mentions: 1 + rng.Intn(6)}
			if rng.Intn(3) == 0 {
				e.Aliases = []string{fmt.Sprintf("Lastname%d", k)}
			}
			s.Entities = append(s.Entities, e)
		}
		for q := range 10 {
			k := z.Uint64()
			s.Quotes = append(s.Quotes, model.QuoteSummary{Text: fmt.Sprint("words ", q),
				SpeakerID: fmt.Sprintf("e:firstname%d lastname%d", k, k), Speech: q%4 != 0})
		}
		out[i] = encodeSummary(s)
	}
	return out
}

type noQuotes struct{}

func (noQuotes) QuoteTexts(refs []model.QuoteRef) []string { return make([]string, len(refs)) }

// BenchmarkWarmSummaries is the heart of a warm start: 50,000 summaries
// read back from the cache's bytes and added to a library.
func BenchmarkWarmSummaries(b *testing.B) {
	const n = 50_000
	enc := encodedSummaries(n)
	var s model.Summary
	b.ResetTimer()
	for range b.N {
		lib := model.NewGrowingLibrary(n, noQuotes{})
		for i, v := range enc {
			if err := decodeSummaryInto(&s, v); err != nil {
				b.Fatal(err)
			}
			lib.Add(i, &s)
		}
	}
}
