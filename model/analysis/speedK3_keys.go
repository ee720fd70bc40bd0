package analysis

import (
	"encoding/binary"
	"strings"
)

// keyArena holds the lower-case keys trimmedMentions makes for one
// article in a few buffers rather than one allocation each. It lowers a
// key of up to 64 bytes into an array on the stack and hands it to the
// builder in one write, where the arena before it wrote a byte at a call;
// and a full buffer is followed by a new one rather than grown, which
// copied every key made so far. A strings.Builder never changes the bytes
// it has handed out, so every key stays valid.
type keyArena struct{ b strings.Builder }

// keyChunk is the least a new buffer of keys holds, in bytes.
const keyChunk = 1024

// lower is strings.ToLower(s). A key of up to 64 bytes is copied to an
// array on the stack and lowered there eight bytes at a step (lowerStep),
// where each byte was tested and copied on its own.
func (ka *keyArena) lower(s string) string {
	if len(s) > 64 {
		return ka.lowerLong(s)
	}
	var buf [64]byte
	n := copy(buf[:], s)
	var high, upper uint64
	for i := 0; i < n; i += 8 {
		x := binary.LittleEndian.Uint64(buf[i:])
		high |= x
		l, m := lowerStep(x)
		upper |= m
		binary.LittleEndian.PutUint64(buf[i:], l)
	}
	if high&highBits != 0 {
		return strings.ToLower(s)
	}
	if upper == 0 {
		return s
	}
	if ka.b.Cap()-ka.b.Len() < n {
		ka.b = strings.Builder{}
		ka.b.Grow(keyChunk)
	}
	start := ka.b.Len()
	ka.b.Write(buf[:n])
	return ka.b.String()[start:]
}

// lowerStep lowers the ASCII capitals of eight bytes read little-endian,
// and sets in m the high bit of each byte that was one. Every byte must
// be below 0x80 (else the answer is not to be used): then no sum carries
// into the next byte. A byte is a capital when adding 0x80-'A' sets its
// high bit and adding 0x80-'Z'-1 does not; its 0x20 is the high bit
// moved two places down.
func lowerStep(x uint64) (l, m uint64) {
	m = (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highBits
	return x | m>>2, m
}

// lowerLong is lower for a key longer than the array on the stack.
func (ka *keyArena) lowerLong(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	if ka.b.Cap()-ka.b.Len() < len(s) {
		ka.b = strings.Builder{}
		ka.b.Grow(max(len(s), keyChunk))
	}
	start := ka.b.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		ka.b.WriteByte(c)
	}
	return ka.b.String()[start:]
}
