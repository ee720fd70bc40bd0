package analysis

// tokBlockShift is the size of the blocks of the text (16 bytes) by which
// the attributor finds the token at a byte offset (tokAt).
const tokBlockShift = 4

// tokBlocks is the attributor's table of the blocks of the text (all
// unread): block b -> one more than the first token that ends after the
// block's first byte (b<<tokBlockShift), 0 until tokAt first reads the
// block. The sieve's rules ask the same few offsets (a quotation's start,
// a mention's) again and again.
func tokBlocks(toks []token) []int32 {
	if len(toks) == 0 {
		return nil
	}
	return make([]int32, toks[len(toks)-1].End>>tokBlockShift+1)
}

// tokAt is tokenAt(at.tz.toks, off): the token a block's entry names is at
// or before the answer, which a few steps over the block's tokens reach,
// where tokenAt searched all the tokens at every question; a block is
// searched once, at its first question.
func (at *attributor) tokAt(off int) int {
	blk := at.tokBlk
	if blk == nil || off < 0 {
		return tokenAt(at.tz.toks, off)
	}
	b := off >> tokBlockShift
	if b >= len(blk) {
		// past the last token's end: no token ends after off
		return -1
	}
	toks := at.tz.toks
	i := int(blk[b]) - 1
	if i < 0 {
		// the block's first reading: tokenAt of its first byte, or the
		// number of tokens where none ends after it
		if i = tokenAt(toks, b<<tokBlockShift); i < 0 {
			i = len(toks)
		}
		blk[b] = int32(i + 1)
	}
	for i < len(toks) && toks[i].End <= off {
		i++
	}
	if i >= len(toks) {
		return -1
	}
	return i
}
