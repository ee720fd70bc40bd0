package tagger

import (
	"unicode"
	"unicode/utf8"
)

// The plain-word gate. Two thirds of the tokens of news are words in lower
// case after a token tagged O ("the", "said", "economy"), and the model
// tags almost none of them as the start of a name; scoring them is most of
// the tagger's work, a weight row fetched from a large table for each of
// some thirty features. A token passes the gate, and is tagged O without
// being scored, when
//
//   - the token before it, in the same sentence, is tagged O (after a B-
//     or I- tag a lower-case word may go on a name: "Bank of England");
//   - the sentence is not in capitals or Title Case, whose words are read
//     in lower case;
//   - no gazetteer name covers it (a lower-case word inside "Rio de
//     Janeiro");
//   - and its word is plain (plainWord): lower-case letters only, no
//     gazetteer name of its own, and the model's feature of the lower-cased
//     word, which pools every case the word was trained in, favours O over
//     the start of every kind of name by at least plainMargin. "trump",
//     "china", "de" and "al" lean to names that way and are scored; so is a
//     word the model has no such feature for (a handle, a rare word).
//
// Measured over PolNeAR train and dev, CoNLL-2003 dev and UNER-EWT test
// (ungated, as the analysis tokenises them), the tokens that pass are 41%,
// 42%, 32% and 39% of all, and the model had tagged 10, 0, 3 and 1 of them
// as the start of a name, all wrongly ("grabs", "counsel", "engineer",
// "pizza"); a word whose feature leans to a name held the lower-case names
// it got right ("trump", "david", "delhi"), and punctuation is left out
// since the model tags some of it (quotation marks taken into names). The
// gate is part of the tagger's definition, on the reference path as on the
// fast one (tagSentence, tagTypes), so the two still agree to the bit.

// plainMargin is how far the lower-cased word's own weights must favour O
// over each B- tag for the word to be plain. 0 (the feature favours O at
// all) gated 41% of PolNeAR train's tokens; each point more gates some 2%
// fewer, and from 4 on, none of those measured changes its tag.
const plainMargin = 0

// gatedMargin is the margin of a token the gate tagged O unscored: no
// scored token's margin is below 0, and the consistency pass reads the
// margins of names only.
const gatedMargin = -1

// plainWord reports whether word w (lower-cased lw, its own gazetteer
// kind gzKind) is plain, so that the gate may tag it O after an O.
func (t *Tagger) plainWord(w, lw string, gzKind uint8, lowerRow int32) bool {
	if gzKind != 0 || lowerRow < 0 || w != lw || w == "" || !utf8.ValidString(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	lwW := &t.table.slots[lowerRow].w
	for k := 1; k < NTags; k += 2 {
		if lwW[0]-lwW[k] < plainMargin {
			return false
		}
	}
	return true
}
