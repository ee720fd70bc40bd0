package analysis

import "github.com/byline-reader/byline/model"

// ruleNotes says in plain words, for a reader who knows nothing of the
// sieve, where each attribution rule found the words that name a
// quotation's speaker, or whose speaker it took. The reader shows the note
// after the speaker's name (“he said” → Ann Reed, after the quotation), so
// each reads as the end of that line: short, lower case, no full stop,
// and about the text rather than about byline. Every rule of the sieve has
// one (TestEveryRuleHasANote), so a new rule cannot ship without saying
// what it does.
var ruleNotes = map[string]string{
	"dash-signature":              "signed after a dash at the end of the paragraph",
	"tag-after":                   "after the quotation",
	"dialogue-tag":                "right after the quotation",
	"passive-agent":               "after “by”: the one who called it that",
	"tag-before":                  "before the quotation, in its sentence",
	"possessed-speech":            "whose call, claim or remark the quoted words are",
	"partial-complement":          "whose verb the quoted words complete",
	"tag-later":                   "later in the sentence",
	"colon-intro":                 "the subject before the colon",
	"colon-description":           "the text or body named before the colon",
	"sentence-before":             "at the end of the sentence before",
	"action-before":               "who acts in the sentence before",
	"split-quote":                 "the speaker of the quotation's first half",
	"title-between":               "the speaker of the quotation before the title",
	"split-quote-next":            "the speaker of the quotation's second half",
	"partial-continues":           "the speaker of the quotation it goes on",
	"chain":                       "the speaker of the quotation just before",
	"paragraph-continues":         "the speaker of the paragraph before",
	"paragraph-colon":             "with a colon ending the paragraph before",
	"paragraph-colon-subject":     "the subject of the colon ending the paragraph before",
	"paragraph-colon-description": "the text or body named by the colon above",
	"signature-next-line":         "signed on the line after",
	"previous-paragraph-tag":      "whose words the paragraph before reports",
	"paragraph-topic":             "the one the paragraph before is about",
	"paragraph-across":            "the speaker two paragraphs up, past an aside",
	"title-line":                  "named with a colon in the heading above",
	"sentence-subject":            "the subject of the sentence",
	"quoted-list":                 "the speaker of the list's other quoted words",
	"nearest-subject":             "the nearest subject before it",
	"characterising-verb":         "the subject of the verb before it",
}

// The reader asks model.RuleNote, not this package: the domain is where
// the UI reads what a quotation means.
func init() { model.SetRuleNotes(ruleNotes) }
