package analysis

import "testing"

// TestPossessedSpeech: words that complete a noun of speech someone owns
// are the owner's; a noun that is the quotation's subject, a verb after
// its subject, a document's clause and an owner no one can place name no
// one.
func TestPossessedSpeech(t *testing.T) {
	intro := `Ann Reed, the mayor of Holm, met Tomas Brandt, a fisherman, at the harbour on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"call for", `Reed's call for “a fresh start at the harbour” drew cheers.`, "fresh start", "Ann Reed"},
		{"call for a", `Crews cheered Reed's call for a “fresh start at the harbour.”`, "fresh start", "Ann Reed"},
		{"a pronoun and a month", `Her March comment that, “the docks will close by winter,” angered the crews.`, "docks will close", "Ann Reed"},
		{"that and a clause", `The crews laughed at Brandt's suggestion that she was “a tourist in a suit.”`, "tourist in a suit", "Tomas Brandt"},
		{"a modifier", `Few believed Brandt's bold promise to “keep every boat afloat.”`, "every boat", "Tomas Brandt"},
		{"apposed with a comma", `Reed's slogan, “Holm first,” is printed on every bus.`, "Holm first", "Ann Reed"},
		{"between owner and noun", `Reed's “harbour first” remark was printed on mugs.`, "harbour first", "Ann Reed"},
		{"the noun is the subject", `Reed's comments “were unfair to the crews,” the union said in a letter.`, "unfair to the crews", "the union"},
		{"a verb after its subject", `Her harbour plan promises to “put the crews first.”`, "crews first", ""},
		{"a document's clause", `The bill's “harbour first” clause worries the crews.`, "harbour first", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
