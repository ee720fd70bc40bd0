package analysis

import "testing"

// TestPostAuthor: "the post" as a speaker is whoever the article last
// said posted it, by a verb, an opening phrase or "a post by"; a posting
// whose author the text does not name leaves it as written
// (desc34_post.go).
func TestPostAuthor(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"posted", []string{
			"Runa Beck posted a long message on X on Sunday night.",
			"“The harbour deal is dead,” the post read.",
		}, "deal is dead", "Runa Beck"},
		{"wrote on a network", []string{
			"Kestrel Mining wrote on Facebook that every miner would be paid.",
			"“No one will lose a week's wages,” the post said.",
		}, "wages", "Kestrel Mining"},
		{"an opening phrase", []string{
			"In a post on Facebook, Holm Council said the ferry road would reopen on Friday.",
			"Islanders had complained for weeks.",
			"“We thank everyone for their patience,” the post said.",
		}, "patience", "Holm Council"},
		{"a post by another", []string{
			"Runa Beck said on Monday she had read a post by Tomas Osei about the harbour.",
			"“The harbour deal is dead,” the post said.",
		}, "deal is dead", "Tomas Osei"},
		// left as written
		{"no named author", []string{
			"The island ferry service apologised on Monday for a post about a lost dog.",
			"“We got this one wrong,” the post said.",
		}, "wrong", "the post"},
	})
}
