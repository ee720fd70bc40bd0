package analysis

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Text that is not the story: saved news carries the page's furniture along
// with the story, and the names in it (photographers, reporters, the
// authors of embedded posts) are no people of the story. Each kind is told
// by its form, as every outlet writes it:
//   - a photo credit: a short line ending "via Getty Images" or
//     "Name/Agency", or "(Name/Agency)" closing a caption;
//   - a byline: "By Name and Name", "Name, The Associated Press";
//   - contributors: "… contributed to this report", "With files from …",
//     "Reporting by …; Editing by …";
//   - a note near the end: "Follow Name on Twitter", "Name is a reporter
//     for …", "This story was first published …";
//   - a labelled line: "READ MORE: …", "WATCH: …", "Sign up for …";
//   - an embedded post's signature: "— Name (@handle) June 28, 2016".

// findFurniture returns the furniture of the article's body, in text order.
func findFurniture(a *model.Article) []model.Furniture {
	var out []model.Furniture
	n := len(a.Paragraphs)
	list := false // the paragraphs after a label alone ("Related:") are the titles it lists
	town := false // the paragraph is where a letter's writer, signed in the one before, lives
	for i, p := range a.Paragraphs {
		t := a.Text[p.Start:p.End]
		if town {
			out = append(out, model.Furniture{Span: p.Span, Kind: "byline"})
			town = false
			continue
		}
		if list {
			if headlineLike(t) {
				out = append(out, model.Furniture{Span: p.Span, Kind: "related"})
				continue
			}
			list = false
		}
		if labelAlone(t) {
			out = append(out, model.Furniture{Span: p.Span, Kind: "related"})
			list = true
			continue
		}
		if kind := furnitureLine(t, i, n); kind != "" {
			out = append(out, model.Furniture{Span: p.Span, Kind: kind})
			continue
		}
		// a letter's signature: the writer's name, then where they live
		if i+1 < n && len(t) <= 40 && nameLine(t) {
			if q := a.Paragraphs[i+1]; townLine(a.Text[q.Start:q.End]) {
				out = append(out, model.Furniture{Span: p.Span, Kind: "byline"})
				town = true
				continue
			}
		}
		if i <= 2 && len(t) <= 70 && nameAtTop(t, i, n, shortParagraphsBefore(a, i)) {
			out = append(out, model.Furniture{Span: p.Span, Kind: "byline"})
			continue
		}
		if sp, ok := signatureIn(t); ok {
			out = append(out, model.Furniture{Span: model.Span{Start: p.Start + sp.Start, End: p.Start + sp.End}, Kind: "signature"})
			continue
		}
		if sp, ok := creditAtEnd(t); ok {
			out = append(out, model.Furniture{Span: model.Span{Start: p.Start + sp.Start, End: p.Start + sp.End}, Kind: "credit"})
			continue
		}
		if s, e, ok := slashCreditAtEnd(t); ok {
			out = append(out, model.Furniture{Span: model.Span{Start: p.Start + s, End: p.Start + e}, Kind: "credit"})
			continue
		}
		if s, e, ok := creditLabelAtStart(t); ok {
			out = append(out, model.Furniture{Span: model.Span{Start: p.Start + s, End: p.Start + e}, Kind: "credit"})
			continue
		}
		if s, e, ok := creditLabelAtEnd(t); ok {
			out = append(out, model.Furniture{Span: model.Span{Start: p.Start + s, End: p.Start + e}, Kind: "credit"})
			continue
		}
		if sp, ok := signOffAtEnd(t); ok {
			out = append(out, model.Furniture{Span: model.Span{Start: p.Start + sp.Start, End: p.Start + sp.End}, Kind: "byline"})
		}
	}
	return out
}

// furnitureLine says what kind of furniture the paragraph t is, the i-th
// of n, or "" when it is the story.
func furnitureLine(t string, i, n int) string {
	nw := countWords(t, 61)
	if nw == 0 || nw > 60 {
		return "" // the story's paragraphs are long: nothing to allocate for them
	}
	// a label's first byte is the same in capitals, and most lines open
	// with none of them: only the labels that open with the line's first
	// byte, in their order, are asked
	for _, l := range labelsByFirst[t[0]] {
		if hasLabel(t, l.label, l.upper) {
			return l.kind
		}
	}
	if nw <= 40 && creditsInBrackets(t) {
		return "contributors"
	}
	if authorshipLine(t, nw) {
		return "byline"
	}
	if n-i <= 3 && reporterNote(t, nw) {
		return "contributors"
	}
	if !mayBeFurniture(t, nw, i, n) {
		return ""
	}
	var wordBuf [64]string // the words of a line of 60 at most, on the stack
	words := appendFields(wordBuf[:0], t)
	short := len(words) <= 14
	low := lowerLine(t)
	switch {
	case short && creditLineLow(strings.TrimRight(low, ". "), words), len(words) <= 20 && hasAnyPrefix(low, workByOpenings), short && creditColonLine(t, low):
		return "credit"
	case short && isByline(words), len(words) <= 20 && hasAnyPrefix(low, bylineOpenings):
		return "byline"
	case len(words) <= 40 && hasAnyPrefix(low, contributorOpenings):
		return "contributors"
	case len(words) <= 40 && contributorPhraseSet.in(low):
		return "contributors"
	case hasAnyPrefix(low, promoOpenings):
		return "promo"
	case n-i <= 3 && len(words) <= 60 && isAuthorNote(low, words, n-i == 1):
		return "note"
	}
	return ""
}

// creditsInBrackets: a wire service's credits, in brackets or after a dash
// ("(Reporting by Ana Ruiz; Editing by Ivo Brandt)", "--additional
// reporting by Ana Ruiz"), and the translator's or co-author's line
// ("Translated by Ana Ruiz."). Only a line that opens with a bracket, a
// dash or one of those words is read further.
func creditsInBrackets(t string) bool {
	switch t[0] {
	case '(', '[', '-', 0xe2, 'T', 't', 'C', 'c': // 0xe2 opens a dash of UTF-8
	default:
		return false
	}
	open := strings.TrimLeft(t, "([-–— ")
	if open == t {
		return hasPrefixFold(t, creditOpeningsMore)
	}
	return hasPrefixFold(open, contributorOpenings) || hasPrefixFold(open, creditOpeningsMore)
}

// labelAlone: a paragraph that is a related-stories label and nothing
// else ("Related:", "\"More on this story:\"", "READ MORE"), whose list
// of titles follows, one a paragraph.
func labelAlone(t string) bool {
	if len(t) > 40 {
		return false
	}
	t = strings.Trim(t, "\"'“”‘’*_ ")
	t = strings.TrimRight(t, ":.")
	if t == "" {
		return false
	}
	for _, l := range labelsByFirst[t[0]] {
		if l.kind == "related" && (t == l.label || t == l.upper) {
			return true
		}
	}
	return hasPrefixFold(t, listLabels) && len(t) <= len("more on this story")
}

// headlineLike: a paragraph written as a headline is: short, with no
// sentence inside it, and every word of four letters or more capitalised
// ("Reed Scores Direct Hit On Holm."), as the titles a related-stories
// label lists are.
func headlineLike(t string) bool {
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 25 {
		return false
	}
	long := 0
	for i, w := range words {
		if i < len(words)-1 && strings.HasSuffix(w, ".") && len(w) > 3 {
			return false // a sentence ends inside it
		}
		w = strings.Trim(w, "\"'“”‘’:;,.!?()")
		if utf8.RuneCountInString(w) < 4 || !hasLetter(w) {
			continue
		}
		long++
		if !isCapitalised(w) {
			return false
		}
	}
	return long >= 2
}

// nameLine: a paragraph that is a name and nothing else, two to four
// capitalised words or initials with a full stop after them or none, as a
// letter to the editor is signed ("Ana M. Ruiz.").
func nameLine(t string) bool {
	var wordBuf [8]string // on the stack: a name line is short
	words := appendFields(wordBuf[:0], strings.TrimSuffix(t, "."))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ",:;!?\"“”") {
			return false
		}
	}
	return true
}

// townLine: a paragraph that says where a letter's writer lives, a town
// and a state as news abbreviates or writes it ("Dunmore Beach, Fla.",
// "Holm, Ohio").
func townLine(t string) bool {
	c := strings.IndexByte(t, ',')
	if c <= 0 || len(t) > 40 || strings.Count(t, ",") != 1 {
		return false
	}
	state := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(t[c+1:]), "."))
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && (apStates[state] || usStateNames[state])
}

// labelsByFirst holds lineLabels by the first byte of the label and of
// its capitals (TestLabelsByFirst), each group in the list's order, so
// that the first label a line opens with is the one the list gives first.
var labelsByFirst = groupLabels(lineLabels)

func groupLabels(ls []struct{ label, upper, kind string }) (g [256][]struct{ label, upper, kind string }) {
	for _, l := range ls {
		g[l.label[0]] = append(g[l.label[0]], l)
		if l.upper[0] != l.label[0] {
			g[l.upper[0]] = append(g[l.upper[0]], l)
		}
	}
	return g
}

// mayBeFurniture: what every kind of furniture line of nw words but a
// label has, so that most of the story's lines cost nothing more.
func mayBeFurniture(t string, nw, i, n int) bool {
	if nw <= 14 && (hasCreditMark(t) || containsAround(t, " via ", 2)) ||
		nw <= 40 && containsAround(t, "ontribut", 5) ||
		n-i <= 3 && (strings.Contains(t, " is ") || strings.Contains(t, "@") || hasPrefixFold(t, noteGates)) ||
		strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ") {
		return true
	}
	return t != "" && hasPrefixFold(t, furnitureOpenings.candidatesOf(t))
}

// hasCreditMark reports strings.ContainsAny(t, "/|,@·•"), a mark of a
// credit, a byline or a handle: the ASCII marks through ContainsAny's
// table of bytes, and the two beyond ASCII by their bytes, which open a
// character wherever they stand in UTF-8. ContainsAny with marks beyond
// ASCII in its set decodes every character of the line instead
// (TestHasCreditMark).
func hasCreditMark(t string) bool {
	return strings.ContainsAny(t, "/|,@") || strings.Contains(t, "·") || strings.Contains(t, "•")
}

// furnitureOpenings is every opening mayBeFurniture asks about, grouped by
// the first byte of the lines they can open: each short paragraph is
// compared with a few of the openings rather than all of them.
var furnitureOpenings = groupOpenings(contributorOpenings, bylineOpenings, promoOpenings, creditOpenings, workByOpenings, creditColonLabels)

// openingGroups are openings grouped as hasPrefixFold rules them out.
type openingGroups struct {
	all []string
	// byFirst[c]: the openings a line whose ASCII first byte is c (with
	// the case bit, 0x20, set) may open with; an opening that starts
	// beyond ASCII, or is empty, is in every group
	byFirst [utf8.RuneSelf][]string
	// beyond: the openings a line whose first rune is beyond ASCII and
	// folds to none in it may open with, those that start beyond ASCII
	// or are empty (candidatesOf)
	beyond []string
}

func groupOpenings(lists ...[]string) *openingGroups {
	g := &openingGroups{}
	for _, ps := range lists {
		g.all = append(g.all, ps...)
	}
	for c := range g.byFirst {
		if byte(c)|0x20 != byte(c) {
			continue // no ASCII byte with the case bit set is c
		}
		for _, p := range g.all {
			if p == "" || p[0] >= utf8.RuneSelf || p[0]|0x20 == byte(c) {
				g.byFirst[c] = append(g.byFirst[c], p)
			}
		}
	}
	for _, p := range g.all {
		if p == "" || p[0] >= utf8.RuneSelf {
			g.beyond = append(g.beyond, p)
		}
	}
	return g
}

// candidates are the openings a line starting with the byte b may have.
func (g *openingGroups) candidates(b byte) []string {
	if b >= utf8.RuneSelf {
		return g.all
	}
	return g.byFirst[b|0x20]
}

// noteGates open the notes that have neither " is " nor a mark: "Follow
// Ana Ruiz on Twitter", "This story has been updated".
var noteGates = []string{"follow ", "you can follow", "this ", "a version"}

// hasPrefixFold reports whether t opens with one of ps, in any case.
func hasPrefixFold(t string, ps []string) bool {
	if t == "" || len(ps) == 0 {
		return false
	}
	// an ASCII first byte rules out most prefixes by itself (0x20 is the
	// case bit of a letter); beyond ASCII a letter may fold to an ASCII
	// one (the Kelvin sign to "k"), so EqualFold decides
	c := t[0] | 0x20
	ascii := t[0] < utf8.RuneSelf
	// a first letter beyond ASCII that folds to none in it opens no
	// prefix that starts in ASCII: the “ of a quotation, "É"
	toASCII := ascii || foldsToASCII(t)
	for _, p := range ps {
		if p != "" && p[0] < utf8.RuneSelf && (ascii && p[0]|0x20 != c || !toASCII) {
			continue
		}
		if len(t) >= len(p) && !asciiFoldMismatch(t, p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// foldsToASCII reports whether the first rune of t, beyond ASCII, folds to
// a rune in ASCII as EqualFold folds (the Kelvin sign to "k"): only then
// may t open in any case with a prefix whose first byte is ASCII.
func foldsToASCII(t string) bool {
	if punctuationOpens(t) {
		return false // "“", "—", "…": no case, and no fold
	}
	r, _ := utf8.DecodeRuneInString(t)
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return true
		}
	}
	return false
}

// asciiFoldMismatch reports whether the opening bytes of t and p that are
// ASCII in both already differ in more than case, so that t cannot open
// with p in any case: most lines that share a prefix's first letter part
// at the second or third byte, before EqualFold's rune by rune. Up to the
// first byte beyond ASCII, bytes and runes line up, and two ASCII bytes
// fold together only when they agree with the case bit (0x20) set.
func asciiFoldMismatch(t, p string) bool {
	for i := 0; i < len(p) && i < len(t); i++ {
		a, b := t[i], p[i]
		if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
			return false // EqualFold decides
		}
		if a|0x20 != b|0x20 {
			return true
		}
	}
	return false
}

// hasLabel reports whether t opens with the label, written as given or in
// capitals, followed by a colon, a dash or nothing more: "READ MORE: …",
// "Watch: …".
func hasLabel(t, label, upper string) bool {
	var rest string
	switch {
	case strings.HasPrefix(t, label):
		rest = t[len(label):]
	case strings.HasPrefix(t, upper):
		rest = t[len(upper):]
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == ':' || r == '|' || r == '—' || r == '–' || r == '»' || r == '›' || r == '>' || r == '-'
}

// isCreditLine: a short line that is a photo credit: "Ana Ruiz via
// Getty Images.", "Photo: Ana Ruiz/AP", "REUTERS/Ana Ruiz".
func isCreditLine(t string, words []string) bool {
	return creditLineLow(strings.ToLower(strings.TrimRight(t, ". ")), words)
}

// creditLineLow is isCreditLine of the line lowered with its full stops
// and spaces at the end cut (furnitureLine cuts them from the line it has
// lowered already: no character lowers to either, TestCreditLineLow).
func creditLineLow(low string, words []string) bool {
	if hasAnyPrefix(low, creditOpenings) {
		return true
	}
	for _, a := range creditAgencies {
		// each pair ends or opens with the agency: a line that does
		// neither, as most do for every agency, is asked no pair
		if strings.HasSuffix(low, a) && (endsWithPair(low, " via ", a) || endsWithPair(low, "/", a) || endsWithPair(low, "/ ", a)) ||
			strings.HasPrefix(low, a) && (startsWithPair(low, a, "/") || startsWithPair(low, a, " /")) {
			return allCapitalised(words)
		}
	}
	return false
}

// endsWithPair reports whether s ends with a+b, without building a+b for
// every agency of every short line.
func endsWithPair(s, a, b string) bool {
	return strings.HasSuffix(s, b) && strings.HasSuffix(s[:len(s)-len(b)], a)
}

// startsWithPair reports whether s starts with a+b.
func startsWithPair(s, a, b string) bool {
	return strings.HasPrefix(s, a) && strings.HasPrefix(s[len(a):], b)
}

// allCapitalised reports whether every word with letters is capitalised
// or a word of a credit ("via", "for").
func allCapitalised(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && w != "via" && w != "for" && w != "and" && w != "of" {
			return false
		}
	}
	return true
}

// isByline: "By Ana Ruiz and Jo Allan", "By ANA RUIZ, Associated Press",
// "Ana Ruiz, The Associated Press".
func isByline(words []string) bool {
	names := words
	if words[0] == "By" || words[0] == "BY" {
		names = words[1:]
	} else {
		// "Name, Outlet": the outlet is a known one
		j := -1
		for k, w := range words {
			if strings.HasSuffix(w, ",") || w == "|" || w == "/" {
				j = k
				break
			}
		}
		if j < 1 || j > 3 || j+1 >= len(words) || !outletAfter(words[j+1:]) {
			return false
		}
		names = words[:j+1]
	}
	if len(names) == 0 || len(names) > 10 && !slices.ContainsFunc(names, bylineParter) {
		return false
	}
	parted := false // after a bar, a middle dot or a dash
	for _, w := range names {
		w = strings.Trim(w, ",.|")
		if w == "" || w == "and" || w == "&" || w == "/" || w == "-" {
			continue
		}
		if bylineParter(w) {
			// bars, dashes and the middle dot part a byline's name from
			// its outlet, section and date ("By Ana Ruiz · Harbour News
			// · May 4, 2026 9:00 AM")
			parted = true
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if parted && unicode.IsDigit(r) {
			continue // a date's or a time's figures
		}
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// bylineParter: a bar, a dash or a middle dot, which part a byline's name
// from its outlet, section and date.
func bylineParter(w string) bool {
	return w == "|" || w == "—" || w == "·" || w == "•"
}

// outletAfter reports whether the words after a byline's name are an
// outlet's: "The Associated Press", "Reuters", "CBC News".
func outletAfter(words []string) bool {
	if len(words) > 5 {
		return false
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,|"))
	first := strings.ToLower(strings.Trim(words[0], ".,|"))
	return outletWords[last] || outletWords[first]
}

// isAuthorNote: a line about the writer near the end: "Follow Ana Ruiz on
// Twitter", "Ana Ruiz is a reporter for …", "Reach him at …". The last
// line of an opinion piece says who wrote it by what they do ("Ana Ruiz
// is a professor of law at …", "Ivo Brandt is the governor of …"): last
// says t is the article's last line, where a full name and "is" before
// such a noun make the author's bio.
func isAuthorNote(low string, words []string, last bool) bool {
	if notePhraseSet.in(low) {
		return true
	}
	if hasAnyPrefix(low, []string{"follow ", "you can follow "}) && containsAny(low, socialWords) {
		return true // "Follow Ana Ruiz on Twitter @anaruiz."
	}
	if hasAnyPrefix(low, []string{"reach ", "contact ", "email ", "e-mail ", "write to "}) && strings.Contains(low, "@") {
		return true
	}
	// "Ana Ruiz is a senior reporter …": a name, "is", and a writer's noun
	for k := 1; k < len(words) && k <= 4; k++ {
		if words[k] != "is" {
			continue
		}
		for _, w := range words[k+1 : min(len(words), k+6)] {
			lw := strings.Trim(strings.ToLower(w), ".,")
			if writerNouns[lw] {
				return allCapitalised(words[:k])
			}
			if last && k >= 2 && (bioNouns[lw] || bioNouns[beforeHyphen(lw)]) {
				// a bio quotes no one: a story's last line that does is the story
				return allCapitalised(words[:k]) && !strings.ContainsAny(low, "\"“”")
			}
		}
		return false
	}
	return false
}

// signatureIn finds an embedded post's signature in t: from the dash before
// "Name (@handle)" to the end of the paragraph.
func signatureIn(t string) (model.Span, bool) {
	h := strings.Index(t, "(@")
	if h < 0 {
		return model.Span{}, false
	}
	d, after := -1, 0
	for _, dash := range []string{"— ", "― ", "– ", "- "} {
		if k := strings.LastIndex(t[:h], dash); k > d {
			d, after = k, k+len(dash)
		}
	}
	if d < 0 {
		return model.Span{}, false
	}
	name := strings.Fields(t[after:h])
	if len(name) == 0 || len(name) > 6 || !allCapitalised(name) {
		return model.Span{}, false
	}
	end := len(t)
	for end > d && (t[end-1] == ' ' || t[end-1] == '.') {
		end--
	}
	return model.Span{Start: d, End: end}, true
}

// creditAtEnd finds "(Name/Agency)" or "(AP Photo/Name)" closing a
// caption.
func creditAtEnd(t string) (model.Span, bool) {
	e := strings.TrimRight(t, " .")
	if !strings.HasSuffix(e, ")") {
		return model.Span{}, false
	}
	o := strings.LastIndexByte(e, '(')
	if o < 0 {
		return model.Span{}, false
	}
	inner := e[o+1 : len(e)-1]
	slash := strings.IndexByte(inner, '/')
	if slash <= 0 || slash == len(inner)-1 || countFields(inner, 8) > 8 {
		return model.Span{}, false
	}
	if !allCapitalised(strings.Fields(strings.ReplaceAll(inner, "/", " "))) {
		return model.Span{}, false
	}
	return model.Span{Start: o, End: len(e)}, true
}

// signOffAtEnd finds a writer's sign-off closing a news brief: a dash
// straight after the paragraph's last sentence, then the writer's name
// ("… in Dunmore.\"--Ana Ruiz." or "… on Monday. — Ana Ruiz"). Wire
// briefs sign each item so; the name is the reporter's, never a speaker.
func signOffAtEnd(t string) (model.Span, bool) {
	if t[0] == '"' || strings.HasPrefix(t, "“") {
		return model.Span{}, false // a quotation and who said it: "“…” — Name"
	}
	e := strings.TrimRight(t, " .")
	if e == "" || e[len(e)-1] < 'A' {
		return model.Span{}, false // no name's last letter: most paragraphs
	}
	// a name of four words at most: only the paragraph's tail is read,
	// and of it only what follows the last word in lower case
	from := max(0, len(e)-80)
	d, dash := lastDash(e, max(from, lowerWordStart(e, from)-1))
	if d <= 0 {
		return model.Span{}, false
	}
	before := strings.TrimRight(e[:d], " -")
	if before == "" || !sentenceClosed(before) {
		return model.Span{}, false
	}
	words := strings.Fields(strings.TrimLeft(e[d+dash:], " -"))
	if len(words) < 2 || len(words) > 4 {
		return model.Span{}, false
	}
	for _, w := range words {
		if !signedName(w) {
			return model.Span{}, false
		}
	}
	for d > 0 && e[d-1] == '-' {
		d--
	}
	return model.Span{Start: d, End: len(e)}, true
}

// lastDash finds the last "--", "—" or "–" that starts at from or after
// in e: its offset and length, or -1 and 0. One scan back from the end,
// rather than one per dash, since every paragraph is asked.
func lastDash(e string, from int) (at, size int) {
	for i := len(e) - 2; i >= from; i-- {
		switch {
		case e[i] == '-' && e[i+1] == '-':
			return i, 2
		case e[i] == 0xe2 && i+3 <= len(e) && e[i+1] == 0x80 && (e[i+2] == 0x94 || e[i+2] == 0x93):
			return i, 3 // U+2014 and U+2013
		}
	}
	return -1, 0
}

// lowerWordStart is the offset of the last word of e after from that
// opens with a lower-case letter of ASCII after a space, or -1. No word
// after a writer's sign-off dash opens so (signedName), so the dash must
// come after that word, and the prose before it need not be read for
// one: in most paragraphs the word is among the last few.
func lowerWordStart(e string, from int) int {
	for i := len(e) - 1; i > from; i-- {
		if c := e[i]; 'a' <= c && c <= 'z' && e[i-1] == ' ' {
			return i
		}
	}
	return -1
}

// sentenceClosed reports whether s ends as a sentence does: a full stop,
// question or exclamation mark, or a closing quotation mark.
func sentenceClosed(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '?' || r == '!' || r == '"' || r == '”' || r == '\''
}

// signedName reports whether w may be a word of a writer's name:
// capitalised, then letters, or an initial.
func signedName(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// countWords counts the words of t separated by spaces, without
// splitting it, up to limit: a story's long paragraph is not read to its
// end only to learn it is long. Every paragraph of every article is
// counted, so it reads eight bytes at a step, testing them together.
func countWords(t string, limit int) int {
	lim := max(limit, 1) // a first word is counted before the limit is asked
	n := 0
	prev := uint64(0x80) // the byte before t counts as a space
	i := 0
	// sixteen bytes at a step, the limit asked once for both halves and
	// their word starts counted together (the second half's moved to the
	// low bits of its bytes); n only grows, so the answer is the same
	for ; i+16 <= len(t); i += 16 {
		x, y := load64(t[i:i+8]), load64(t[i+8:i+16])
		mx, my := zeroBytes(x^' '*ones), zeroBytes(y^' '*ones)
		if belowSpace(x) {
			mx = spaceBytes(x)
		}
		if belowSpace(y) {
			my = spaceBytes(y)
		}
		sx := ^mx & (mx<<8 | prev) & highBits
		sy := ^my & (my<<8 | mx>>56) & highBits
		n += bits.OnesCount64(sx | sy>>7)
		if n >= lim {
			return lim
		}
		prev = my >> 56
	}
	for ; i+8 <= len(t); i += 8 {
		x := load64(t[i : i+8])
		m := zeroBytes(x ^ ' '*ones)
		if belowSpace(x) {
			m = spaceBytes(x) // a tab or a line break may be here too
		}
		n += wordStarts(m, prev)
		if n >= lim {
			return lim
		}
		prev = m >> 56
	}
	if i < len(t) {
		// the tail, filled out with spaces, which open no word
		tail := [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '}
		copy(tail[:], t[i:])
		n += wordStarts(spaceBytes(load64(string(tail[:]))), prev)
	}
	return min(n, lim)
}

// load64 reads the first eight bytes of s as a little-endian number (the
// compiler makes one load of it).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// highBits has the high bit of each of eight bytes set.
const highBits = 0x8080808080808080

// spaceBytes sets the high bit of each byte of x (read little-endian) that
// isSpaceByte accepts, and no other bit.
func spaceBytes(x uint64) uint64 {
	return zeroBytes(x^' '*ones) | zeroBytes(x^'\t'*ones) | zeroBytes(x^'\r'*ones) | zeroBytes(x^'\n'*ones)
}

// ones has the low bit of each of eight bytes set.
const ones = 0x0101010101010101

// belowSpace reports whether a byte of x is below a space, as the space
// bytes but the space itself are: most steps of prose have none, and
// countWords needs to look for spaces alone there. A borrow runs from a
// byte only when it is below a space, so the test is exact.
func belowSpace(x uint64) bool { return (x-' '*ones)&^x&highBits != 0 }

// zeroBytes sets the high bit of each zero byte of y and no other bit; no
// carry crosses from one byte into the next, so the answer is exact.
func zeroBytes(y uint64) uint64 {
	const low7 = ^uint64(highBits)
	return ^((y&low7 + low7) | y) & highBits
}

// wordStarts counts the bytes of a step that are no space while the byte
// before is one; m is the step's spaceBytes, prev the high bit of the
// step's first byte set when the byte before the step is a space.
func wordStarts(m, prev uint64) int {
	return bits.OnesCount64(^m & (m<<8 | prev) & highBits)
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// phraseSet finds whether a line holds any of its phrases, each of four
// bytes or more, in one pass over the line: containsAny searched the
// line once for each phrase, and the note phrases are fifteen. A bit for
// the first four bytes of every phrase (hashed into grams) says at which
// bytes of the line a phrase may start; only there are the phrases
// compared.
type phraseSet struct {
	phrases []string
	grams   [1 << gramBits / 64]uint64
}

// gramBits is the size of a phraseSet's hash of four bytes, in bits.
const gramBits = 12

// gramOf hashes four bytes read little-endian to gramBits bits.
func gramOf(x uint32) uint32 { return x * 0x9e3779b1 >> (32 - gramBits) }

func newPhraseSet(ps []string) *phraseSet {
	s := &phraseSet{phrases: ps}
	for _, p := range ps {
		if len(p) < 4 {
			panic("phraseSet: phrase " + strconv.Quote(p) + " is shorter than four bytes")
		}
		g := gramOf(uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24)
		s.grams[g/64] |= 1 << (g % 64)
	}
	return s
}

// in reports whether s holds one of the set's phrases; it is containsAny
// of s and the phrases.
func (ps *phraseSet) in(s string) bool {
	if len(s) < 4 {
		return false
	}
	x := uint32(s[0])<<8 | uint32(s[1])<<16 | uint32(s[2])<<24
	for i := 3; i < len(s); i++ {
		x = x>>8 | uint32(s[i])<<24 // the four bytes ending at i
		if g := gramOf(x); ps.grams[g/64]&(1<<(g%64)) == 0 {
			continue
		}
		for _, p := range ps.phrases {
			if strings.HasPrefix(s[i-3:], p) {
				return true
			}
		}
	}
	return false
}

// contributorPhraseSet and notePhraseSet are contributorPhrases and
// notePhrases as phrase sets.
var (
	contributorPhraseSet = newPhraseSet(contributorPhrases)
	notePhraseSet        = newPhraseSet(notePhrases)
)

func containsAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// outsideFurniture drops the raw mentions that lie in the article's
// furniture: a photographer is no person of the story.
func outsideFurniture(a *model.Article, tz *tokenized, raw []rawMention) []rawMention {
	if len(a.Furniture) == 0 {
		return raw
	}
	fi := 0
	// in reports whether r lies in the furniture, asked of the mentions in
	// text order, each once
	in := func(r *rawMention) bool {
		sp := model.Span{Start: tz.toks[r.ts].Start, End: tz.toks[r.te-1].End}
		for fi < len(a.Furniture) && a.Furniture[fi].End <= sp.Start {
			fi++
		}
		return fi < len(a.Furniture) && a.Furniture[fi].Start <= sp.Start && sp.End <= a.Furniture[fi].End
	}
	i := 0
	for i < len(raw) && !in(&raw[i]) {
		i++
	}
	if i == len(raw) {
		return raw // no mention lies in the furniture: no copy of them
	}
	out := append(raw[:0:0], raw[:i]...)
	for j := i + 1; j < len(raw); j++ {
		if !in(&raw[j]) {
			out = append(out, raw[j])
		}
	}
	return out
}

// beforeHyphen is w up to its first hyphen: "editor-at-large" is an editor.
func beforeHyphen(w string) string {
	if h := strings.IndexByte(w, '-'); h > 0 {
		return w[:h]
	}
	return w
}

// appendFields appends to dst the words of s as strings.Fields splits
// them, around runs of white space (unicode.IsSpace), so that a caller may
// gather them in an array of its own rather than a slice made for every
// line. TestAppendFields holds it to strings.Fields.
func appendFields(dst []string, s string) []string {
	start := -1 // where the word being read starts, -1 between words
	for i := 0; i < len(s); {
		// byte by byte: a byte above a space is no space, and only a
		// byte beyond ASCII is decoded as a rune
		c, n := s[i], 1
		space := c <= ' ' && asciiSpaceByte(c)
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// asciiSpaceByte reports an ASCII byte unicode.IsSpace holds a space.
func asciiSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
