package tagger

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzTagDocument tags any words and checks one well-formed tag per word,
// the same tags as the reference path gives.
func FuzzTagDocument(f *testing.F) {
	f.Add("US President Donald Trump spoke to Russia’s Vladimir Putin\nKYIV (Reuters) -")
	f.Add("\x00 \u202e ’s -- ½ ÉÉÉ UNITED NATIONS")
	f.Add("a\n\n\nb c d e f g h i j k l m n o p")
	t := Default()
	f.Fuzz(func(tt *testing.T, text string) {
		var sents [][]string
		for _, line := range strings.Split(text, "\n") {
			if w := strings.Fields(line); len(w) > 0 {
				sents = append(sents, w)
			}
		}
		tags := t.TagDocument(sents)
		if want := t.tagReference(sents); !reflect.DeepEqual(tags, want) {
			tt.Fatalf("fast path %v, reference %v", tags, want)
		}
		if len(tags) != len(sents) {
			tt.Fatalf("%d tag rows for %d sentences", len(tags), len(sents))
		}
		for i := range sents {
			if len(tags[i]) != len(sents[i]) {
				tt.Fatalf("sentence %d: %d tags for %d words", i, len(tags[i]), len(sents[i]))
			}
			for _, tag := range tags[i] {
				if tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
					tt.Fatalf("tag %q", tag)
				}
			}
		}
	})
}
