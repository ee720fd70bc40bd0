package articles

import (
	"reflect"
	"testing"

	"github.com/byline-reader/byline/model"
)

// A summary reads back as it was written, without its quotations' words,
// also into a summary used before for a larger one (as a warm start
// reuses one per worker).
func TestSummaryRoundTrip(t *testing.T) {
	enc := encodedSummaries(50)
	var reused model.Summary
	for i := len(enc) - 1; i >= 0; i-- {
		want, err := decodeSummary(enc[i])
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeSummaryInto(&reused, enc[i]); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normal(&reused), normal(want)) {
			t.Fatalf("summary %d\n got %+v\nwant %+v", i, reused, *want)
		}
		if again := encodeSummary(&reused); string(again) != string(enc[i]) {
			t.Fatalf("summary %d encodes differently after reading", i)
		}
	}
}

// normal has nil for empty lists, which a reused summary keeps as empty.
func normal(s *model.Summary) model.Summary {
	out := *s
	if len(out.Quotes) == 0 {
		out.Quotes = nil
	}
	out.Entities = append([]model.EntitySummary(nil), s.Entities...)
	for i := range out.Entities {
		if len(out.Entities[i].Aliases) == 0 {
			out.Entities[i].Aliases = nil
		}
	}
	if len(out.Entities) == 0 {
		out.Entities = nil
	}
	return out
}

// A damaged entry is an error, never a panic or a summary half read.
func TestSummaryDamaged(t *testing.T) {
	enc := encodedSummaries(3)[2]
	var s model.Summary
	for n := range len(enc) {
		if err := decodeSummaryInto(&s, enc[:n]); err == nil {
			t.Errorf("cut at %d of %d: no error", n, len(enc))
		}
	}
	if err := decodeSummaryInto(&s, append(append([]byte(nil), enc...), 0)); err == nil {
		t.Error("a byte too many: no error")
	}
	for i := range enc {
		for _, b := range []byte{0, 0x7f, 0xff} {
			bad := append([]byte(nil), enc...)
			bad[i] = b
			decodeSummaryInto(&s, bad) // must not panic; may decode as another summary
		}
	}
}
