package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestOuterReporterPastTitles: "X claimed that <body> <title> Y had called
// it “…”" is X's account; the titles and the body before Y do not hide the
// "that" that opens the reported clause.
func TestOuterReporterPastTitles(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Ilse Varga admitted she had misspoken when she claimed that Harbour Board Chair Tomas Brandt had described as “truthful” all of her statements.", "truthful", "Ilse Varga"},
		{"Ilse Varga said that Mayor Tomas Brandt had called the plan “a harbour for everyone.”", "harbour for everyone", "Ilse Varga"},
		// regression: no reported clause, the name's own verb speaks
		{"On Monday, Harbour Board Chair Tomas Brandt described the plan as “a harbour for everyone.”", "harbour for everyone", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestNounCueAsVerb: a word that is a noun of speech and a verb ("claims",
// "warning") speaks as the verb where it is no noun; a noun with its
// preposition stays a noun.
func TestNounCueAsVerb(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"present tense after the subject", "The ad claims “Ola is the captain you can trust.”", "captain you can trust", "the ad"},
		{"participle after a preposition", "On the eve of the vote, Ola Marsh rallied supporters by warning darkly that “the quay is in danger” because “the ferries are coming out in droves.”", "ferries are coming", "Ola Marsh"},
		{"a noun before its preposition", "The email appears to contradict 2019 comments from the harbour board that “the tide turned too fast.”", "tide turned", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestPassiveHearing: the subject of "was asked", "were told" heard the
// words and did not say them; an agent after "by" did, and "was quoted
// as saying" and "she's told" (has told) keep their subject.
func TestPassiveHearing(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"asked, a question", "In an interview with the Holm Courier, Ilse Varga was asked, “What is the most dangerous place you have been to?”", "most dangerous place", ""},
		{"told, after being", "Only when a harbour pilot can work without being told to “smile” will the complaints end.", "smile", ""},
		{"told, with a colon", "According to Tomas Brandt, the ferry crews were told: “Sell the crossing, not the boat.”", "Sell the crossing", "Tomas Brandt"},
		// regressions
		{"asked by an agent", "Ilse Varga was asked by host Tomas Brandt, “Will you run again?”", "Will you run again", "Tomas Brandt"},
		{"quoted as saying", "Ilse Varga was quoted as saying the ferry was “a floating scandal.”", "a floating scandal", "Ilse Varga"},
		{"has told", "Ilse Varga spoke on Monday. She's told reporters the plan is “dead in the water.”", "dead in the water", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestPhrasalParticles holds phrasalParticle, which cueAt asks before it
// looks a verb up in phrasalCues, to the particles of that map.
func TestPhrasalParticles(t *testing.T) {
	for verb, p := range phrasalCues {
		if !phrasalParticle(p) {
			t.Errorf("phrasalParticle(%q) = false, the particle of %q", p, verb)
		}
	}
	for _, w := range []string{"", "said", "it", "up", "backs", "In"} {
		if phrasalParticle(w) {
			t.Errorf("phrasalParticle(%q) = true", w)
		}
	}
}

// TestCueWordForms holds the words given the cue-word kind bit
// (cueWordForms) to isCueWord, on the cues, the words their stems make
// with a letter more or less, common -ing words that are no cue, and
// tokens of them as written and capitalised.
func TestCueWordForms(t *testing.T) {
	forms := cueWordForms()
	words := []string{"during", "according", "being", "morning", "thing", "king", "bring", "ring", "sing", "ing",
		"saying", "sayings", "Saying", "tweeting", "chatting", "quoting", "pushing", "hoping", "said", "the"}
	for _, set := range []map[string]bool{speechCues, gerundCues, forms} {
		for w := range set {
			words = append(words, w, w+"ing", w+"s", w[:len(w)-1])
			for _, end := range []string{"s", "es", "ed", "ing"} {
				if stem, ok := strings.CutSuffix(w, end); ok {
					words = append(words, stem+"ing", stem+stem[len(stem)-1:]+"ing", stem+"e"+"ing")
				}
			}
		}
	}
	for _, w := range words {
		if got, want := forms[w], isCueWord(w); got != want {
			t.Errorf("cueWordForms has %q: %v, isCueWord %v", w, got, want)
		}
	}
	var b strings.Builder
	for _, w := range words {
		if w != "" && !strings.Contains(w, " ") {
			b.WriteString(w + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
		}
	}
	text := b.String()
	a := &model.Article{Text: text, Paragraphs: []model.Paragraph{{Span: model.Span{End: len(text)},
		Sentences: []model.Span{{End: len(text)}}}}}
	tz := tokenizeArticle(a)
	defer tz.release()
	for _, tok := range tz.toks {
		if got, want := tok.cueWord(), isCueWord(tok.low); got != want {
			t.Errorf("%q cueWord() = %v, isCueWord %v", tok.text, got, want)
		}
	}
}
