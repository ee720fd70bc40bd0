package analysis

import "github.com/byline-reader/byline/model"

// Posts as speakers: "the post said", "the tweet read" are the words of
// whoever the article last said posted them, and the margin names that
// account's owner. The document step (describedDocument) finds the
// issuer of "a post" written as a noun with its verb ("X released a
// statement"); news about social media more often writes the posting as a
// verb or an opening phrase: "Ann Reed posted a long message on X",
// "Brightwave wrote on X that …", "In a post on Facebook, Tarvale Council
// said …".

// postAuthor is the owner of the post the description toks[s:e] ("the
// post", "the tweet", "the message") means: the named subject of the
// latest sentence before it, in its paragraph or the two before and
// outside quotations, that posts (postedAt); ok is false when that
// sentence names no subject, or none posts.
func (at *attributor) postAuthor(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s != 2 || toks[s].low != "the" || !postNouns[toks[s+1].low] || at.describing {
		return attribution{}, false
	}
	for n := toks[s].sent - 1; n >= 0 && toks[s].sent-n <= 6; n-- {
		b, end := at.tz.sents[n].start, at.tz.sents[n].end
		if toks[b].para < toks[s].para-2 {
			break
		}
		if at.qtok[b] >= 0 {
			continue
		}
		k := at.postedAt(b, end)
		if k < 0 {
			continue
		}
		ei := at.postBy(k)
		if ei < 0 {
			ei = at.postingAs(k) // "a user posting as @harbour_kat" (coref36)
		}
		if ei >= 0 {
			en := at.a.Entities[ei]
			return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
		}
		if at.subordinatePosting(b, k) {
			return attribution{}, false // "… after customers posted screenshots": not the sentence's subject's
		}
		at.describing = true
		r := at.subjectAtStart(b, k)
		if !r.ok {
			r = at.subjectAtStart(b, end) // "In a post on Facebook, Tarvale Council said"
		}
		at.describing = false
		ei = at.entityIndex(r.id)
		if !r.ok || ei < 0 || r.mention.Start >= toks[s].Start {
			return attribution{}, false // the latest posting has no author the text names
		}
		en := at.a.Entities[ei]
		if en.Type != model.Person && en.Type != model.Organization {
			return attribution{}, false
		}
		return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
	}
	return attribution{}, false
}

// postedAt is the token in toks[b:end], outside quotations, where the
// sentence posts: "posted", "tweeted", "wrote" before "on" or "in" and a
// capitalised network ("wrote on X"), or a post noun after "a", "an" or a
// possessive pronoun ("in a post on Facebook", "in her tweet"); or -1.
func (at *attributor) postedAt(b, end int) int {
	toks := at.tz.toks
	for k := b; k < end; k++ {
		if at.qtok[k] >= 0 {
			continue
		}
		switch w := toks[k].low; {
		case w == "posted" || w == "tweeted":
			return k
		case w == "posting" && k+2 < end && toks[k+1].low == "as":
			return k // "a user posting as @harbour_kat" (coref36)
		case (w == "shared" || w == "uploaded") && at.onNetwork(k+1, end):
			return k // "Reed shared a photo of her ticket on Instagram" (coref36)
		case w == "wrote" && k+2 < end && (toks[k+1].low == "on" || toks[k+1].low == "in") && toks[k+2].capital:
			return k
		case postNouns[w] && k > b && (toks[k-1].low == "a" || toks[k-1].low == "an" || toks[k-1].in(wcPossessive)):
			return k - 1
		}
	}
	return -1
}

// postBy is the person or organisation named after "by" or "from" right
// after the post noun that follows token k ("a post by Ann Reed", "a
// tweet from the Tarvale police"), whose post it is whoever the sentence's
// subject; or -1.
func (at *attributor) postBy(k int) int {
	toks := at.tz.toks
	n := k + 2
	if n+1 >= len(toks) || !postNouns[toks[k+1].low] || toks[n].low != "by" && toks[n].low != "from" {
		return -1
	}
	n++
	if toks[n].low == "the" && n+1 < len(toks) {
		n++
	}
	if ei := at.ment[n]; ei >= 0 && at.qtok[n] < 0 && at.mstart[n] == n {
		if t := at.a.Entities[ei].Type; t == model.Person || t == model.Organization {
			return ei
		}
	}
	return -1
}

// postingAs is the account or person named right after "posting as" at
// token k ("a user posting as @harbour_kat shared a photo"), whose post it
// is whoever the sentence's subject; or -1 (coref36).
func (at *attributor) postingAs(k int) int {
	toks := at.tz.toks
	n := k + 2
	if n >= len(toks) || toks[k].low != "posting" || toks[k+1].low != "as" || at.qtok[n] >= 0 || at.mstart[n] != n {
		return -1
	}
	if ei := at.ment[n]; ei >= 0 {
		if t := at.a.Entities[ei].Type; t == model.Person || t == model.Organization {
			return ei
		}
	}
	return -1
}

// subordinatePosting reports whether the posting at token k stands in a
// subordinate clause of the sentence from token b with a subject of its
// own, so that the sentence's subject did not post: "Holm Ferries cut its
// fares after customers posted photos of the queues" (coref36). A
// subordinator between b and k opens the clause; a name right after it
// is its subject, which postAuthor does not take up either, the clause
// being no main one.
func (at *attributor) subordinatePosting(b, k int) bool {
	toks := at.tz.toks
	for j := b + 1; j < k; j++ {
		if at.qtok[j] < 0 && toks[j].in(wcSubordinator) {
			return true
		}
	}
	return false
}

// onNetwork reports whether "on" and a capitalised name of a network
// follow within the eight words of a verb's object from token p: "a photo
// of her ticket on Instagram", not "a meal on the ferry" nor "a photo on
// Sunday" (coref36).
func (at *attributor) onNetwork(p, end int) bool {
	toks := at.tz.toks
	for k := p; k+1 < end && k-p < 8; k++ {
		if at.qtok[k] >= 0 || toks[k].text == "," {
			return false
		}
		if toks[k].low == "on" {
			n := &toks[k+1]
			return n.capital && !calendarWords[n.low] && at.qtok[k+1] < 0 && (at.ment[k+1] < 0 || at.a.Entities[at.ment[k+1]].Type != model.Person)
		}
	}
	return false
}
