package analysis

import "strings"

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

// lower is strings.ToLower(s).
func (ka *keyArena) lower(s string) string {
	if len(s) > 64 {
		return ka.lowerLong(s)
	}
	var buf [64]byte
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return s
	}
	if ka.b.Cap()-ka.b.Len() < len(s) {
		ka.b = strings.Builder{}
		ka.b.Grow(keyChunk)
	}
	start := ka.b.Len()
	ka.b.Write(buf[:len(s)])
	return ka.b.String()[start:]
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
