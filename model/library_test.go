package model

import (
	"strings"
	"testing"
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
