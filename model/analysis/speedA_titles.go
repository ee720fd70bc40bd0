package analysis

import "strings"

// The shape of a quotation's words as a title (titleShaped), read once
// per quotation and form of its text: the sieve's rules ask it of the same
// quotation many times (looksLikeSpeech, isTitleOrName, byAuthor,
// titleDescribedAfter, the chains), each reading its words anew.

// titleMemo is one form of a quotation's text with its shape: ok when
// its words are titleShaped's but for their number, n that number as
// countFields gives it up to maxTitleMemo+1.
type titleMemo struct {
	text string
	n    uint8
	ok   bool
	set  bool
}

// maxTitleMemo is the most words a memo tells exactly; a larger max asks
// titleShaped itself.
const maxTitleMemo = 16

// quoteTitleShaped is titleShaped(text, max) for text, a form of the
// quotation qi's text (trimmed of spaces or marks), read from the
// quotation's memo: up to three forms a quotation, compared as strings,
// which for the same slice of the text is a compare of their lengths and
// pointers.
func (at *attributor) quoteTitleShaped(qi int, text string, max int) bool {
	if max >= maxTitleMemo || qi < 0 || qi >= len(at.a.Quotes) {
		return titleShaped(text, max)
	}
	if at.titleMemos == nil {
		at.titleMemos = make([][3]titleMemo, len(at.a.Quotes))
	}
	if qi >= len(at.titleMemos) {
		return titleShaped(text, max)
	}
	memos := &at.titleMemos[qi]
	i := 0
	for ; i < len(memos) && memos[i].set; i++ {
		if memos[i].text == text {
			m := &memos[i]
			return m.ok && m.n >= 1 && int(m.n) <= max
		}
	}
	m := titleMemoOf(text)
	if i < len(memos) {
		memos[i] = m
	}
	return m.ok && m.n >= 1 && int(m.n) <= max
}

// titleMemoOf reads the shape of text as titleShaped does.
func titleMemoOf(text string) titleMemo {
	m := titleMemo{text: text, set: true}
	text = strings.TrimSpace(text)
	caps, ok := titleCaseWords(text)
	if !ok {
		return m
	}
	m.n = uint8(countFields(text, maxTitleMemo))
	m.ok = caps > 0 && !strings.ContainsAny(text, ".!?,")
	return m
}

// quoteLooksLikeTitle is looksLikeTitle for a form of the quotation qi's
// text.
func (at *attributor) quoteLooksLikeTitle(qi int, text string) bool {
	return at.quoteTitleShaped(qi, text, 6)
}
