package articles

import (
	"encoding/binary"
	"errors"
	"sync"
	"unsafe"

	"github.com/byline-reader/byline/model"
)

// The cache stores each whole analysis in a plain binary form, as it does
// summaries, rather than gob: gob's reflection made encoding the analyses
// the largest cost of a cold index after the analysis itself (1.75 of 76
// CPU-seconds at 50,400 articles, and 270 MB of garbage), and a fresh gob
// decoder reads the type descriptions again for every article opened.
// Numbers are varints (offsets are never negative, but a damaged entry may
// say anything); strings a varint length and their bytes.
//
// The encoder names every field of the four types by hand, so a field
// added to one of them must be added here too: TestEntryKeepsEveryField
// fills every field by reflection and fails until it is.

// entryVersion leads every encoded entry, so that a change of shape is
// seen as a miss, not misread.
const entryVersion = 1

// entryWriter appends an entry's parts to b.
type entryWriter struct{ b []byte }

func (w *entryWriter) num(v int) { w.b = binary.AppendVarint(w.b, int64(v)) }

func (w *entryWriter) str(s string) {
	w.num(len(s))
	w.b = append(w.b, s...)
}

func (w *entryWriter) span(s model.Span) { w.num(s.Start); w.num(s.End) }

func (w *entryWriter) flag(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// appendEntry appends the encoding of e to b.
func appendEntry(b []byte, e *entry) []byte {
	w := entryWriter{b: b}
	w.num(entryVersion)
	w.num(len(e.Paragraphs))
	for _, p := range e.Paragraphs {
		w.span(p.Span)
		w.num(len(p.Sentences))
		for _, s := range p.Sentences {
			w.span(s)
		}
	}
	w.num(len(e.Quotes))
	for _, q := range e.Quotes {
		w.span(q.Span)
		w.str(q.Text)
		w.str(q.Speaker)
		w.str(q.SpeakerID)
		w.span(q.Attributed)
		w.str(q.Cue)
		w.num(q.Paragraph)
		w.flag(q.Speech)
		w.str(q.Rule)
	}
	w.num(len(e.Entities))
	for _, en := range e.Entities {
		w.str(en.ID)
		w.str(en.Name)
		w.num(int(en.Type))
		w.num(len(en.Aliases))
		for _, al := range en.Aliases {
			w.str(al)
		}
		w.num(len(en.Mentions))
		for _, m := range en.Mentions {
			w.span(m.Span)
			w.str(m.Text)
			w.num(m.Entity)
		}
	}
	w.num(len(e.Furniture))
	for _, f := range e.Furniture {
		w.span(f.Span)
		w.str(f.Kind)
	}
	return w.b
}

var errBadEntry = errors.New("cached analysis does not decode")

// entryReader reads what appendEntry wrote; the first error sticks.
// Strings are cut from one copy of the whole entry (text), so that
// decoding an article costs one allocation for all its words.
type entryReader struct {
	text string
	b    []byte // text's bytes, for the varints
	at   int
	err  error
}

func (r *entryReader) num() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.at:])
	if n <= 0 || v < -1<<31 || v > 1<<31 {
		r.err = errBadEntry
		return 0
	}
	r.at += n
	return int(v)
}

// count reads how many items follow, each at least size bytes long, so
// that a damaged entry cannot ask for a slice far larger than itself.
func (r *entryReader) count(size int) int {
	n := r.num()
	if n < 0 || n > (len(r.text)-r.at)/size {
		r.err = errBadEntry
		return 0
	}
	return n
}

func (r *entryReader) str() string {
	n := r.count(1)
	s := r.text[r.at : r.at+n]
	r.at += n
	return s
}

func (r *entryReader) span() model.Span { return model.Span{Start: r.num(), End: r.num()} }

func (r *entryReader) flag() bool {
	if r.err != nil || r.at >= len(r.text) || r.text[r.at] > 1 {
		r.err = errBadEntry
		return false
	}
	r.at++
	return r.text[r.at-1] == 1
}

// decodeEntry reads an entry from b, which it copies: b may be the
// store's own memory, good only inside a transaction.
func decodeEntry(b []byte) (*entry, error) {
	text := string(b)
	r := &entryReader{text: text, b: unsafe.Slice(unsafe.StringData(text), len(text))}
	if r.num() != entryVersion {
		return nil, errBadEntry
	}
	// the least each item takes: a number or a length is a byte at least
	e := &entry{}
	if n := r.count(3); n > 0 {
		e.Paragraphs = make([]model.Paragraph, n)
		for i := range e.Paragraphs {
			p := &e.Paragraphs[i]
			p.Span = r.span()
			if k := r.count(2); k > 0 {
				p.Sentences = make([]model.Span, k)
				for j := range p.Sentences {
					p.Sentences[j] = r.span()
				}
			}
		}
	}
	if n := r.count(11); n > 0 {
		e.Quotes = make([]model.Quote, n)
		for i := range e.Quotes {
			q := &e.Quotes[i]
			q.Span = r.span()
			q.Text, q.Speaker, q.SpeakerID = r.str(), r.str(), r.str()
			q.Attributed = r.span()
			q.Cue = r.str()
			q.Paragraph = r.num()
			q.Speech = r.flag()
			q.Rule = r.str()
		}
	}
	if n := r.count(5); n > 0 {
		e.Entities = make([]model.Entity, n)
		for i := range e.Entities {
			en := &e.Entities[i]
			en.ID, en.Name, en.Type = r.str(), r.str(), model.EntityType(r.num())
			if k := r.count(1); k > 0 {
				en.Aliases = make([]string, k)
				for j := range en.Aliases {
					en.Aliases[j] = r.str()
				}
			}
			if k := r.count(4); k > 0 {
				en.Mentions = make([]model.Mention, k)
				for j := range en.Mentions {
					m := &en.Mentions[j]
					m.Span = r.span()
					m.Text = r.str()
					m.Entity = r.num()
				}
			}
		}
	}
	if n := r.count(3); n > 0 {
		e.Furniture = make([]model.Furniture, n)
		for i := range e.Furniture {
			e.Furniture[i] = model.Furniture{Span: r.span(), Kind: r.str()}
		}
	}
	if r.err != nil || r.at != len(r.text) {
		return nil, errBadEntry
	}
	return e, nil
}

// encodeBuffers keeps the buffers analyses are encoded into between puts,
// so that each costs one allocation of its exact size.
var encodeBuffers = sync.Pool{New: func() any { return new([]byte) }}

// encodeParts encodes an analysis, its summary and its quotations' words
// into one allocation, cut in three.
func encodeParts(e *entry, s *model.Summary) (full, sum, text []byte) {
	bp := encodeBuffers.Get().(*[]byte)
	b := appendEntry((*bp)[:0], e)
	n1 := len(b)
	b = appendSummary(b, s)
	n2 := len(b)
	b = appendTexts(b, s)
	out := make([]byte, len(b))
	copy(out, b)
	if cap(b) <= 1<<20 { // one huge article's buffer is not kept
		*bp = b
		encodeBuffers.Put(bp)
	}
	return out[:n1:n1], out[n1:n2:n2], out[n2:]
}
