// Package model is byline's domain: articles, the quotations in them and who
// said them, the people, places and organisations they mention, and the
// Library that answers questions across articles. It imports only the
// standard library; the analysis that fills an Article in is
// model/analysis.
package model

// Span is a half-open range of byte offsets [Start, End) into Article.Text.
type Span struct {
	Start, End int
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// EntityType is the kind of thing an entity is.
type EntityType int

// The entity types byline distinguishes.
const (
	Person EntityType = iota
	Place
	Organization
	Other
)

// String is the name used in --json and on entity pages.
func (t EntityType) String() string {
	switch t {
	case Person:
		return "person"
	case Place:
		return "place"
	case Organization:
		return "organization"
	}
	return "other"
}

// Mention is one place in the text where an entity is named.
type Mention struct {
	Span
	Text   string // the words as written
	Entity int    // index into Article.Entities
}

// Entity is a person, place or organisation as it appears in one article,
// with every mention of it merged.
type Entity struct {
	ID       string // library-wide key, e.g. "person:donald trump"
	Name     string // the fullest name the article uses
	Type     EntityType
	Aliases  []string // other names it goes by in this article
	Mentions []Mention
}

// Quote is one direct quotation.
type Quote struct {
	Span              // the quotation including its marks
	Text       string // without the outer marks
	Speaker    string // entity name, the unnamed source's phrase, or "" when the text does not say
	SpeakerID  string // library-wide entity ID of the speaker, "" when the speaker is not an entity
	Attributed Span   // the words that attribute it; zero when none
	Cue        string // the speech verb or phrase ("said", "according to"); "" when none
	Paragraph  int    // index into Article.Paragraphs where the quotation starts
	// Speech is false for quoted titles, names and scare quotes: quoted
	// words nobody is said to have spoken.
	Speech bool
	// Rule names the attribution rule that decided the quotation
	// ("tag-after", "split-quote", …; see the README); "" when none did.
	// A rule may find only a mention it cannot name (an unresolved "he"),
	// so Rule can be set where Speaker is "".
	Rule string
}

// HasSpeakerMention reports whether the quotation has words that attribute it.
func (q Quote) HasSpeakerMention() bool { return q.Attributed.End > q.Attributed.Start }

// Paragraph is one paragraph of the body, with its sentences.
type Paragraph struct {
	Span
	Sentences []Span
}

// Article is one file, parsed and analysed.
type Article struct {
	Path string // as given on the command line, or the bundled file's name
	Text string // the file's contents as UTF-8; offsets of every Span point into it
	// Encoding is what the file was decoded from: "utf-8", "windows-1252",
	// "utf-16le" or "utf-16be". For windows-1252 every byte on disk is one
	// character of Text; for UTF-16 every character is two bytes on disk, or
	// four beyond U+FFFF, and Text starts with the byte-order mark (U+FEFF).
	Encoding string
	Format   string // "text" or "markdown"
	Title    string
	TitleAt  Span // where the headline stands in Text (zero when a front-matter title cannot be found there as it reads)
	Body     Span // where the body starts and ends in Text
	Section  string
	Date     string
	Source   string
	URL      string
	Author   string
	// Truncated is the size of the file on disk when only its first part
	// was read (it was larger than the loader's limit); 0 otherwise.
	Truncated int64
	// Warning says what was wrong with a file that still loaded, such as
	// front matter that is not valid YAML or TOML; "" when nothing was.
	Warning string
	// Markup is where Text is syntax rather than prose (Markdown markers,
	// link addresses, code, escapes), in order; the analysis reads past it.
	Markup []Markup

	Paragraphs []Paragraph
	Quotes     []Quote
	Entities   []Entity
	// Furniture is the text of the body that is not the story, in text
	// order: photo credits, bylines, lines of contributors, author notes,
	// related-link and video lines, embedded posts' signatures. The names
	// in it are no entities of the article; a reader shows it dimmed.
	Furniture []Furniture
}

// Furniture is a stretch of the body that is not the story.
type Furniture struct {
	Span
	// Kind is what it is: "credit" (a photo credit), "byline",
	// "contributors" ("… contributed to this report"), "note" (an author's
	// note or how to reach them), "related" ("READ MORE: …"), "video",
	// "promo" (newsletters, advertisements) or "signature" (the signature
	// line of an embedded post).
	Kind string
}

// InFurniture reports whether sp lies inside text that is not the story.
func (a *Article) InFurniture(sp Span) bool {
	for _, f := range a.Furniture {
		if f.Contains(sp) {
			return true
		}
		if f.Start >= sp.End {
			break
		}
	}
	return false
}

// Speakers counts quotations per speaker, in order of first quotation.
func (a *Article) Speakers() []SpeakerCount {
	var out []SpeakerCount
	idx := map[string]int{}
	for _, q := range a.Quotes {
		if q.Speaker == "" {
			continue
		}
		i, ok := idx[q.Speaker]
		if !ok {
			i = len(out)
			idx[q.Speaker] = i
			out = append(out, SpeakerCount{Name: q.Speaker, ID: q.SpeakerID})
		}
		out[i].Quotes++
	}
	return out
}

// SpeakerCount is a speaker and how many quotations they have.
type SpeakerCount struct {
	Name   string
	ID     string
	Quotes int
}
