// Package analysis fills a model.Article in from its text, one stage per
// file: paragraphs and sentences (segment.go), the text that is not the
// story (furniture.go), the one token index every stage reads (tokens.go),
// quotations (quotes.go), names (recognise.go, with the tagger in
// model/tagger, and recognise_names.go), what kind of thing each name names
// (types.go), the entities the names make (link.go, a list of named
// passes; a short name's person in coref_names.go), the people pronouns
// refer to (coref.go, coref_chains.go: built with the attributor's token
// indexes, before its first rule) and who said each quotation
// (attribute.go, a sieve of named rules). Every word list is in words.go.
package analysis

import (
	"strings"
	"sync"

	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/tagger"
)

// Pipeline is the analysis with what it is built from. Build one with New
// or take Default; it is safe for concurrent use.
type Pipeline struct {
	tagger *tagger.Tagger
}

// Options are what a Pipeline is built from.
type Options struct {
	// Tagger recognises names; nil means tagger.Default().
	Tagger *tagger.Tagger
}

// New builds a pipeline from opts.
func New(opts Options) *Pipeline {
	t := opts.Tagger
	if t == nil {
		t = tagger.Default()
	}
	return &Pipeline{tagger: t}
}

var (
	defaultOnce     sync.Once
	defaultPipeline *Pipeline
)

// Default is the pipeline with the embedded tagger, built once.
func Default() *Pipeline {
	defaultOnce.Do(func() { defaultPipeline = New(Options{}) })
	return defaultPipeline
}

// Analyze runs the default pipeline over a; see Pipeline.Analyze.
func Analyze(a *model.Article) { Default().Analyze(a) }

// Analyze fills in an article's paragraphs, sentences, quotations,
// speakers and entities from its Text, Title and Body. It is safe on any
// input and runs in time linear in the text.
//
// Where the text has markup (Markdown syntax, model.Markup), every stage
// but the paragraph split reads the prose instead (a.Prose: the markup
// blanked, the same length), so offsets need no map back; paragraphs are
// split in the text as written, as the reader draws them.
func (p *Pipeline) Analyze(a *model.Article) {
	if len(a.Markup) == 0 {
		tz := p.prepare(a)
		attribute(a, tz)
		tz.release()
		return
	}
	text, prose := a.Text, a.Prose()
	a.Text = prose
	tz := p.prepareFrom(a, text)
	attribute(a, tz)
	tz.release()
	a.Text = text
	for i := range a.Quotes {
		q := &a.Quotes[i]
		// the words as a reader sees them: "It was **huge**" is "It was huge"
		if at := strings.Index(prose[q.Start:q.End], q.Text); at >= 0 {
			q.Text = a.Plain(model.Span{Start: q.Start + at, End: q.Start + at + len(q.Text)})
		}
		q.Span = a.Widen(q.Span)
		if q.HasSpeakerMention() {
			q.Attributed = a.Widen(q.Attributed)
		}
	}
	for i := range a.Entities {
		for j := range a.Entities[i].Mentions {
			m := &a.Entities[i].Mentions[j]
			m.Span = a.Widen(m.Span)
			m.Text = text[m.Start:m.End] // as written, as model.Check wants
		}
	}
}

// prepare runs every stage before attribution and returns the token index.
func (p *Pipeline) prepare(a *model.Article) *tokenized { return p.prepareFrom(a, a.Text) }

// prepareFrom is prepare with the paragraphs split in written, the text as
// written, when a.Text is its prose.
func (p *Pipeline) prepareFrom(a *model.Article, written string) *tokenized {
	if a.Body.End > len(a.Text) || a.Body.Start > a.Body.End || a.Body.Start < 0 {
		a.Body = model.Span{Start: 0, End: len(a.Text)}
	}
	a.Paragraphs = splitParagraphs(written, a.Body, a.Format == "markdown")
	splitAllSentences(a.Text, a.Paragraphs)
	a.Furniture = findFurniture(a)
	tz := tokenizeArticle(a)
	a.Quotes = findQuotes(a.Text, a.Paragraphs)
	doubleMarkTokens(tz, a.Quotes, a.Text)
	a.Entities = linkEntities(a, tz, p.recognise(tz))
	return tz
}
