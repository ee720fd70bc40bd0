package tagger

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

// Synthetic writes training sentences in the conventions of sports results,
// which the news training data lacks: teams named after their towns and
// counties are organisations ("Leicestershire beat Somerset by 39 runs"),
// players are listed with their country ("Tim Henman ( Britain ) beat …").
// The names come from the gazetteers (towns, regions, countries) and from
// the people of the training data; the sentence patterns are our own. The
// generator is seeded, so training stays reproducible.
func Synthetic(docs []Document, n int) []Document {
	rng := rand.New(rand.NewSource(7))
	g := loadGazetteer()
	var towns, countries []string
	for name, kind := range g.names {
		if strings.Contains(name, " ") || len(name) < 4 {
			continue
		}
		if kind&gzCountry != 0 {
			countries = append(countries, titleCase(name))
		} else if kind&(gzCity|gzRegion) != 0 && kind&gzDemonym == 0 {
			towns = append(towns, titleCase(name))
		}
	}
	sort.Strings(towns)
	sort.Strings(countries)
	// people: the multi-word person names of the training data
	seen := map[string]bool{}
	var people [][]string
	for _, d := range docs {
		for _, ex := range d {
			for _, sp := range spansOf(ex.Tags) {
				if sp.typ == 1 && sp.e-sp.s >= 2 {
					key := strings.Join(ex.Words[sp.s:sp.e], " ")
					if !seen[key] {
						seen[key] = true
						people = append(people, ex.Words[sp.s:sp.e])
					}
				}
			}
		}
	}
	sort.Slice(people, func(i, j int) bool { return strings.Join(people[i], " ") < strings.Join(people[j], " ") })
	if len(towns) == 0 || len(countries) == 0 || len(people) == 0 {
		return nil
	}
	suffixes := []string{"", "", "", "United", "City", "Rovers", "Athletic", "Wanderers", "FC"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

	var out []Document
	for k := 0; k < n; k++ {
		var ex Example
		add := func(tag string, words ...string) {
			for i, w := range words {
				t := "O"
				if tag != "" {
					if i == 0 {
						t = "B-" + tag
					} else {
						t = "I-" + tag
					}
				}
				ex.Words = append(ex.Words, w)
				ex.Tags = append(ex.Tags, tagNumber(t))
			}
		}
		team := func() {
			words := strings.Fields(towns[rng.Intn(len(towns))])
			if s := suffixes[rng.Intn(len(suffixes))]; s != "" {
				words = append(words, s)
			}
			add("ORG", words...)
		}
		person := func() { add("PER", people[rng.Intn(len(people))]...) }
		country := func() { add("LOC", strings.Fields(countries[rng.Intn(len(countries))])...) }
		num := func() string { return fmt.Sprint(rng.Intn(7)) }
		score := func() string { return fmt.Sprintf("%d-%d", rng.Intn(7), rng.Intn(7)) }
		switch rng.Intn(12) {
		case 10, 11:
			// a dateline: "LONDON 1996-08-30", "PARIS ( Reuters ) -"
			add("LOC", strings.Fields(strings.ToUpper(towns[rng.Intn(len(towns))]))...)
			if rng.Intn(2) == 0 {
				add("", fmt.Sprintf("%d-%02d-%02d", 1990+rng.Intn(36), 1+rng.Intn(12), 1+rng.Intn(28)))
			} else {
				add("", "(")
				add("ORG", agencies[rng.Intn(len(agencies))])
				add("", ")", "-")
			}
		case 0:
			team()
			add("", "beat")
			team()
			add("", score(), ".")
		case 1:
			team()
			add("", num())
			team()
			add("", num())
		case 2:
			person()
			add("", "(")
			country()
			add("", ")", "beat")
			person()
			add("", "(")
			country()
			add("", ")", score(), score())
		case 3:
			team()
			add("", fmt.Sprint(rng.Intn(30)), "points", ",")
			team()
			add("", fmt.Sprint(rng.Intn(30)), ".")
		case 4:
			add("", "At")
			add("LOC", strings.Fields(towns[rng.Intn(len(towns))])...)
			add("", ":")
			team()
			add("", "beat")
			team()
			add("", "by", fmt.Sprint(rng.Intn(200)), "runs", ".")
		case 5:
			team()
			add("", "captain")
			person()
			add("", "scored", fmt.Sprint(rng.Intn(150)), "as")
			team()
			add("", "lost", "on", days[rng.Intn(7)], ".")
		case 6:
			team()
			add("", ",")
			team()
			add("", "and")
			team()
			add("", "all", "won", "on", days[rng.Intn(7)], ".")
		case 7:
			person()
			add("", "(")
			team()
			add("", ")", fmt.Sprint(rng.Intn(40)))
		case 8:
			team()
			add("", "'s")
			person()
			add("", "was", "sent", "off", "after", fmt.Sprint(rng.Intn(90)), "minutes", ".")
		case 9:
			add("", "SOCCER", "-")
			team()
			add("", "BEAT")
			team()
			add("", "IN", "CUP", ".")
			for i, w := range ex.Words {
				ex.Words[i] = strings.ToUpper(w)
			}
		}
		out = append(out, Document{ex})
	}
	return out
}

// agencies are news agencies that datelines name.
var agencies = []string{"Reuters", "AP", "AFP", "Interfax", "Xinhua", "Tass", "Bloomberg", "Kyodo", "Yonhap", "ANSA", "DPA", "EFE", "PTI", "Bernama", "Anadolu"}

func tagNumber(t string) int {
	for i, name := range Tags {
		if name == t {
			return i
		}
	}
	return 0
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		if len(r) > 0 {
			r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
