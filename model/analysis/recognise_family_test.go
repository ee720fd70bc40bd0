package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestFamilyFirstNames: a family name written first, alone later in the
// article, is the person with the whole name; a sentence that opens with
// the same word as a verb names nobody.
func TestFamilyFirstNames(t *testing.T) {
	paras := []string{"Secretary-General Ban Su-min spoke in Dunmore on Monday.",
		"Voters grew more willing to take on the issue, Ban said. The months since have been, for Ban, a victory lap.",
		"“We did it,” Ban said.",
		"President Moon Tae-ho flew to Dunmore the next day.",
		"“It was hard,” Moon said.",
		"Ban the crates before noon, the porter told them."}
	a := analyse(paras...)
	count := map[string]int{}
	for _, e := range a.Entities {
		if e.Type == model.Person {
			count[e.Name] = len(e.Mentions)
		}
	}
	if count["Ban Su-min"] != 4 || count["Moon Tae-ho"] != 2 {
		t.Errorf("mentions %v, want Ban Su-min 4 and Moon Tae-ho 2", count)
	}
	for _, q := range a.Quotes {
		if q.Speaker != "Ban Su-min" && q.Speaker != "Moon Tae-ho" {
			t.Errorf("speaker %q of %q", q.Speaker, q.Text)
		}
	}
}

// TestFamilyFirstSyllables: a Chinese name written as Malaysia and
// Singapore write it, family name first and the given name in two
// syllables apart, gives the family name alone later to the person.
func TestFamilyFirstSyllables(t *testing.T) {
	a := analyse("Dato' Sri Chong Kah Wai, the local MP, said the drains were clogged.",
		"“I raised this in Parliament last year,” Chong said.")
	for _, q := range a.Quotes {
		if q.Speaker != "Chong Kah Wai" {
			t.Errorf("speaker %q of %q, want Chong Kah Wai", q.Speaker, q.Text)
		}
	}
	if len(a.Quotes) == 0 {
		t.Error("no quotation")
	}
}
