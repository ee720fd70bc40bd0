package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDemonymPlural: the plural of a demonym the article uses names a
// people, no person.
func TestDemonymPlural(t *testing.T) {
	cases := []struct{ paras []string }{
		{[]string{"The ministry said a third of the jobs would be reserved for Omani nationals.",
			"“The training of young Omanis is at the heart of every agreement,” the ministry said."}},
		{[]string{"Half of the crew were Qatari nationals, the company said.",
			"“Many young Qataris want these jobs,” the company said."}},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		for _, e := range a.Entities {
			if e.Type == model.Person {
				t.Errorf("%q: person %q listed", c.paras[1], e.Name)
			}
		}
	}
}

// TestPlaceFirstWords: a place's name opening with "Sao", "Ciudad" or
// "Puerto" is a place, though the tagger knows neither word.
func TestPlaceFirstWords(t *testing.T) {
	cases := []struct{ para, place string }{
		{"The film follows Dona Lia, the cook on a river boat, and her granddaughter Bia, who returns from Sao Paulo after losing her job.", "Sao Paulo"},
		{"Film schools are crowded in Rio de Janeiro and Sao Paulo, the festival's director said.", "Sao Paulo"},
		{"Officials in Ciudad Obregon said the water had run out.", "Ciudad Obregon"},
		{"Most of the fishermen came from Puerto Quellon, the captain said.", "Puerto Quellon"},
	}
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if mentionCount(a, c.place, model.Place) != 1 {
			t.Errorf("%q: no place %q (%v)", c.para, c.place, a.Entities)
		}
	}
}

// TestSloganTitle: words quoted as a slogan, a comma closed inside the
// marks, name no person.
func TestSloganTitle(t *testing.T) {
	for _, para := range []string{
		"The project, promoted under the slogan “Ribera Viva,” was meant to extend the promenade by four kilometers.",
	} {
		a := article(para)
		Analyze(a)
		for _, e := range a.Entities {
			if e.Type == model.Person {
				t.Errorf("%q: person %q listed", para, e.Name)
			}
		}
	}
}

// TestHeadlineLoneWord: a word opening the headline that the body names no
// one by is no person; one the body names in full stays.
func TestHeadlineLoneWord(t *testing.T) {
	cases := []struct {
		headline, body string
		want           string // a person the article lists, or ""
	}{
		{"Tobacco auction opens with low bids", "LILONGWE (Reuters) - Growers said on Monday that prices were too low.", ""},
		{"Port strike spreads to second terminal", "DURBAN (Reuters) - Dockers walked out on Monday, a union official said.", ""},
		{"Okafor wins runoff", "ABUJA (Reuters) - Chidi Okafor won the runoff on Sunday, officials said.", "Chidi Okafor"},
	}
	for _, c := range cases {
		text := c.headline + "\n" + c.body + "\n"
		a := &model.Article{Path: "t.txt", Text: text, Format: "text", Title: c.headline,
			TitleAt: model.Span{Start: 0, End: len(c.headline)}, Body: model.Span{Start: len(c.headline) + 1, End: len(text)}}
		Analyze(a)
		var people []string
		for _, e := range a.Entities {
			if e.Type == model.Person {
				people = append(people, e.Name)
			}
		}
		if c.want == "" && len(people) > 0 || c.want != "" && (len(people) != 1 || people[0] != c.want) {
			t.Errorf("%q: people %q, want %q", c.headline, people, c.want)
		}
	}
}
