package articles

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/byline-reader/byline/model"
)

// Every bundled article's analysis reads back as it was written, from
// many goroutines at once (they share the encoding buffers), beside its
// summary and its quotations' words.
func TestEntryRoundTrip(t *testing.T) {
	docs, _ := ScanFS(Bundled(), Options{})
	var wg sync.WaitGroup
	for range 4 {
		for _, d := range docs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a, err := d.Load(nil)
				if err != nil {
					t.Error(err)
					return
				}
				e := entry{a.Paragraphs, a.Quotes, a.Entities, a.Furniture}
				s := model.Summarize(a)
				full, sum, text := encodeParts(&e, s)
				back, err := decodeEntry(full)
				if err != nil || fmt.Sprintf("%+v", *back) != fmt.Sprintf("%+v", e) {
					t.Errorf("%s: the analysis does not read back the same (%v)", d.Path, err)
				}
				if string(sum) != string(encodeSummary(s)) || string(text) != string(encodeTexts(s)) {
					t.Errorf("%s: the summary or the quotations' words differ from their own encodings", d.Path)
				}
			}()
		}
	}
	wg.Wait()
}

// fill sets every field of v, however deep, to something other than its
// zero value, different for each field.
func fill(v reflect.Value, k *int) {
	*k++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprint("s", *k))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*k))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), k)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), k)
		}
	default:
		panic("fill: add a case for " + v.Kind().String())
	}
}

// The encoding names each field by hand: a field added to a paragraph,
// quotation, entity, mention or piece of furniture fails here until the
// encoder keeps it.
func TestEntryKeepsEveryField(t *testing.T) {
	var e entry
	k := 0
	fill(reflect.ValueOf(&e).Elem(), &k)
	full, _, _ := encodeParts(&e, &model.Summary{})
	back, err := decodeEntry(full)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*back, e) {
		t.Errorf("lost in the cache:\n got %+v\nwant %+v", *back, e)
	}
}

// A damaged entry is an error, never a panic or a huge allocation: cut
// short anywhere, or with any byte changed.
func TestEntryDamaged(t *testing.T) {
	var e entry
	k := 0
	fill(reflect.ValueOf(&e).Elem(), &k)
	e.Quotes[0].Paragraph = -5 // negative numbers, though no offset is
	full := appendEntry(nil, &e)
	for n := range len(full) {
		if _, err := decodeEntry(full[:n]); err == nil {
			t.Errorf("cut at %d of %d: no error", n, len(full))
		}
	}
	for i := range full {
		for _, b := range []byte{0, 1, 0x7f, 0x80, 0xff} {
			bad := append([]byte(nil), full...)
			bad[i] = b
			decodeEntry(bad) // must not panic; it may decode to something else
		}
	}
	if _, err := decodeEntry(append(full, 0)); err == nil {
		t.Error("a byte too many: no error")
	}
}

// Items with nothing set are as short as items can be: the least sizes
// the decoder allows for them (against damage) are not more than that.
// Ten of a kind, alone, leave too little slack after them to hide a
// least size one byte too large.
func TestEntryOfEmptyItems(t *testing.T) {
	ten := func(v any) any {
		s := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(v)), 10, 10)
		return s.Interface()
	}
	for _, e := range []entry{
		{Paragraphs: ten(model.Paragraph{}).([]model.Paragraph)},
		{Paragraphs: []model.Paragraph{{Sentences: ten(model.Span{}).([]model.Span)}}},
		{Quotes: ten(model.Quote{}).([]model.Quote)},
		{Entities: ten(model.Entity{}).([]model.Entity)},
		{Entities: []model.Entity{{Aliases: ten("").([]string)}}},
		{Entities: []model.Entity{{Mentions: ten(model.Mention{}).([]model.Mention)}}},
		{Furniture: ten(model.Furniture{}).([]model.Furniture)},
	} {
		back, err := decodeEntry(appendEntry(nil, &e))
		if err != nil || !reflect.DeepEqual(*back, e) {
			t.Errorf("got %+v (%v), want %+v", back, err, e)
		}
	}
}
