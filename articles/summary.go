package articles

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"unsafe"

	"github.com/byline-reader/byline/model"
)

// The cache stores summaries in a plain binary form rather than gob: a
// warm start decodes one per article, and gob's per-stream type
// descriptions would cost more than the summary itself. Strings are a
// length (uvarint) and bytes; counts and numbers are uvarints.

// encodeSummary leaves out the quotations' words (encodeTexts keeps them
// apart): a warm start reads every summary, but the words only for the
// entity pages shown.

// summaryVersion leads every encoded summary, so that a change of shape
// is seen as a miss, not misread.
const summaryVersion = 1

func encodeSummary(s *model.Summary) []byte { return appendSummary(nil, s) }

// appendSummary appends what encodeSummary gives to b.
func appendSummary(b []byte, s *model.Summary) []byte {
	str := func(v string) {
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	num := func(v int) { b = binary.AppendUvarint(b, uint64(max(v, 0))) }
	num(summaryVersion)
	str(s.Title)
	str(s.Section)
	str(s.Date)
	str(s.Source)
	num(s.Header.Quotes)
	num(s.Speakers)
	num(len(s.Quotes))
	for _, q := range s.Quotes {
		str(q.SpeakerID)
		if q.Speech {
			num(1)
		} else {
			num(0)
		}
	}
	num(len(s.Entities))
	for _, e := range s.Entities {
		str(e.ID)
		str(e.Name)
		num(int(e.Type))
		num(e.Mentions)
		num(len(e.Aliases))
		for _, al := range e.Aliases {
			str(al)
		}
	}
	return b
}

var errBadSummary = errors.New("summary does not decode")

// summaryReader reads what encodeSummary wrote; the first error sticks.
type summaryReader struct {
	b   []byte
	err error
}

func (r *summaryReader) num() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > 1<<31 {
		r.err = errBadSummary
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *summaryReader) str() string {
	n := r.num()
	if r.err != nil || n > len(r.b) {
		r.err = errBadSummary
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// view is str without a copy: the string shares the reader's bytes.
func (r *summaryReader) view() string {
	n := r.num()
	if r.err != nil || n > len(r.b) {
		r.err = errBadSummary
		return ""
	}
	var s string
	if n > 0 {
		s = unsafe.String(&r.b[0], n)
	}
	r.b = r.b[n:]
	return s
}

// count reads a length that must be possible in what is left, so that a
// damaged entry cannot ask for a huge slice.
func (r *summaryReader) count() int {
	n := r.num()
	if n > len(r.b) {
		r.err = errBadSummary
		return 0
	}
	return n
}

// decodeSummary reads a summary that owns its words.
func decodeSummary(b []byte) (*model.Summary, error) {
	s := &model.Summary{}
	if err := decodeSummaryInto(s, bytes.Clone(b)); err != nil {
		return nil, err
	}
	return s, nil
}

// decodeSummaryInto reads a summary into s, reusing its lists, without a
// copy of its words: they share b, which must not change while s is used.
// A warm start decodes one summary per article, nearly all of whose names
// the library has already (Library.Add copies only what it keeps), so
// that each costs no allocation at all.
func decodeSummaryInto(s *model.Summary, b []byte) error {
	r := &summaryReader{b: b}
	if r.num() != summaryVersion {
		return errBadSummary
	}
	s.Title, s.Section, s.Date, s.Source = r.view(), r.view(), r.view(), r.view()
	s.Header.Quotes, s.Speakers = r.num(), r.num()
	s.Analysed = true
	s.Quotes = s.Quotes[:0]
	for range r.count() {
		s.Quotes = append(s.Quotes, model.QuoteSummary{SpeakerID: r.view(), Speech: r.num() == 1})
	}
	n := r.count()
	s.Entities = slices.Grow(s.Entities[:0], n)[:n]
	for i := range s.Entities {
		e := &s.Entities[i]
		e.ID, e.Name, e.Type, e.Mentions = r.view(), r.view(), model.EntityType(r.num()), r.num()
		e.Aliases = e.Aliases[:0]
		for range r.count() {
			e.Aliases = append(e.Aliases, r.view())
		}
	}
	if r.err != nil || len(r.b) != 0 {
		return errBadSummary
	}
	return nil
}

// encodeTexts keeps the words of an article's quotations, in order.
func encodeTexts(s *model.Summary) []byte { return appendTexts(nil, s) }

// appendTexts appends what encodeTexts gives to b.
func appendTexts(b []byte, s *model.Summary) []byte {
	b = binary.AppendUvarint(b, uint64(len(s.Quotes)))
	for _, q := range s.Quotes {
		b = binary.AppendUvarint(b, uint64(len(q.Text)))
		b = append(b, q.Text...)
	}
	return b
}

func decodeTexts(b []byte) ([]string, error) {
	r := &summaryReader{b: b}
	out := make([]string, r.count())
	for i := range out {
		out[i] = r.str()
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errBadSummary
	}
	return out, nil
}
