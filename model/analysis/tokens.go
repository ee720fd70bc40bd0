package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// token is one word or punctuation mark with its place in the text.
type token struct {
	model.Span
	text    string
	low     string // text lower-cased, once for every stage
	capital bool   // text starts with a capital letter
	sent    int32  // index into the article's flat sentence list (title is sentence 0)
	para    int32  // paragraph index, -1 for the headline
}

// sentenceRef is one sentence of the flat list the recogniser sees.
type sentenceRef struct {
	model.Span
	para       int
	start, end int // token range
}

// tokenized is the whole article as tokens, sentence by sentence.
type tokenized struct {
	toks  []token
	sents []sentenceRef
	// lowerSeen holds the words written in lower case somewhere in the
	// article, built the first time it is asked
	lowerSeen map[string]bool
}

// usedInLowerCase reports whether the article writes w in lower case
// anywhere ("negotiations" after a sentence opening "Negotiations").
func (tz *tokenized) usedInLowerCase(w string) bool {
	if tz.lowerSeen == nil {
		tz.lowerSeen = map[string]bool{}
		for _, t := range tz.toks {
			if isLowerWord(t.text) {
				tz.lowerSeen[t.text] = true
			}
		}
	}
	return tz.lowerSeen[w]
}

func tokenizeArticle(a *model.Article) *tokenized {
	tz := &tokenized{toks: make([]token, 0, len(a.Text)/5)}
	add := func(sp model.Span, para int) {
		first := len(tz.toks)
		si := len(tz.sents)
		tokenize(a.Text, sp, func(s, e int) {
			w := a.Text[s:e]
			tz.toks = append(tz.toks, token{Span: model.Span{Start: s, End: e}, text: w, low: lower(w), capital: isCapitalised(w), sent: int32(si), para: int32(para)})
		})
		if len(tz.toks) > first {
			tz.sents = append(tz.sents, sentenceRef{Span: sp, para: para, start: first, end: len(tz.toks)})
		}
	}
	if a.TitleAt.End > a.TitleAt.Start && a.TitleAt.End <= len(a.Text) {
		add(a.TitleAt, -1)
	}
	for pi, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			add(s, pi)
		}
	}
	return tz
}

// tokenize splits t[sp] into words and punctuation, the way news
// tokenisers do: possessive 's split off, hyphenated words and
// abbreviations with inner full stops ("U.S.") kept whole, quotation marks
// and brackets as tokens of their own.
func tokenize(t string, sp model.Span, emit func(s, e int)) {
	i := sp.Start
	for i < sp.End {
		r, size := utf8.DecodeRuneInString(t[i:sp.End])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			// '' and `` as one mark (NYT style)
			if (r == '\'' || r == '`') && i+1 < sp.End && t[i+1] == byte(r) {
				emit(i, i+2)
				i += 2
				continue
			}
			emit(i, i+size)
			i += size
			continue
		}
		j := i
		for j < sp.End {
			r2, s2 := rune(t[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, s2 = utf8.DecodeRuneInString(t[j:sp.End])
			}
			if isWordRune(r2) {
				j += s2
				continue
			}
			// inner joiners: hyphen, full stop, apostrophe, ampersand, between word runes
			if (r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '&' || r2 == '/' || r2 == ',' && isDigitAt(t, j-1)) && j+s2 < sp.End {
				r3, _ := utf8.DecodeRuneInString(t[j+s2 : sp.End])
				if isWordRune(r3) && !(r2 == ',' && !unicode.IsDigit(r3)) {
					j += s2
					continue
				}
			}
			break
		}
		word := t[i:j]
		// possessive or contraction: split off 's / ’s / n't
		if k := possessiveAt(word); k > 0 {
			emit(i, i+k)
			emit(i+k, j)
			i = j
			continue
		}
		// abbreviation with a trailing full stop: U.S. Mr. Jan.
		if j < sp.End && t[j] == '.' && keepsDot(word, t, j, sp.End) {
			j++
		}
		emit(i, j)
		i = j
	}
}

func isDigitAt(t string, i int) bool { return i >= 0 && i < len(t) && t[i] >= '0' && t[i] <= '9' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// most text is ASCII: no table look-ups for it
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// possessiveAt returns where a trailing 's / ’s starts in word, or 0.
func possessiveAt(word string) int {
	if c := word[len(word)-1]; c != 's' && c != 'S' {
		return 0
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(word) > len(suf) && strings.HasSuffix(word, suf) {
			return len(word) - len(suf)
		}
	}
	return 0
}

// keepsDot says whether the full stop after word belongs to it: known
// abbreviations, single capitals and dotted forms like U.S.
func keepsDot(word, t string, dot, end int) bool {
	if strings.Contains(word, ".") {
		return true
	}
	// "R-Ky., said": a full stop followed by a comma or bracket ends no sentence
	if dot+1 < end && (t[dot+1] == ',' || t[dot+1] == ')') {
		return true
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		// "in the U.S." at the very end keeps its dot; "Dr." always does
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) && dot+1 < end && t[dot+1] == ' '
	}
	return false
}

// CountTokens counts the words and marks of an article's headline and body
// the way the analysis splits them; benchmarks report tokens per second.
func CountTokens(a *model.Article) int {
	n := 0
	count := func(s, e int) { n++ }
	if a.TitleAt.End > a.TitleAt.Start {
		tokenize(a.Text, a.TitleAt, count)
	}
	for _, p := range a.Paragraphs {
		tokenize(a.Text, p.Span, count)
	}
	return n
}

// Word tests the stages share.

func onlyPunct(ts []token) bool {
	for _, t := range ts {
		if hasLetterOrDigit(t.text) {
			return false
		}
	}
	return true
}

func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func isClosingMark(w string) bool { return w == "\"" || w == "”" || w == "''" }

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// isLowerWord: a word that starts with a lower-case letter ("on", "of").
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isOpeningPunct(s string) bool {
	return s == "“" || s == "\"" || s == "‘" || s == "(" || s == "''" || s == "``" || s == "«" || s == "—" || s == "-"
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// normalizeName folds curly apostrophes and runs of space so that the same
// name written two ways is one key.
func normalizeName(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// stopword reports whether a capitalised word at the start of a sentence
// is a function word rather than a name.
func stopword(w string) bool { return sentenceStarters[lower(w)] }
