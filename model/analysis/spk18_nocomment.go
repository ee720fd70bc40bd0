package analysis

// salienceSilent is the most a person weighs in the sentence that tells
// they would not speak: a phrase's object in a subordinate clause.
const salienceSilent = saliencePhrase * salienceSubordinate

// declinesComment reports whether the clause whose subject is the name
// ending at e tells that the person would not speak: "did not respond to
// a request for comment", "declined to comment", "could not be reached",
// "was not available for comment", "did not return calls", past an
// apposition or a relative clause between commas ("Wanza Mutua, who sat
// beside him, did not respond"). Such a person is the one the story does
// not quote, so a he or she of the quotation after it is someone else.
func (at *attributor) declinesComment(e int) bool {
	toks := at.tz.toks
	if e >= len(toks) {
		return false
	}
	sent := toks[e].sent
	n := e
	if toks[n].text == "," && n+1 < len(toks) && silenceOpener(toks[n+1].low) {
		n++ // the comma that closes the name's apposition: "The chairman, Juma Karanja, declined"
	} else if toks[n].text == "," {
		// past what stands between commas, a relative clause or an
		// apposition: "Mutua, who sat beside him,", "Mutua, a lawyer,"
		if n+1 >= len(toks) || toks[n+1].low != "who" && !toks[n+1].in(wcDeterminer) {
			return false
		}
		for n++; n < len(toks) && n-e < 25 && toks[n].sent == sent && toks[n].text != ","; n++ {
		}
		n++
	}
	if n >= len(toks) || toks[n].sent != sent || at.qtok[n] >= 0 || !silenceOpener(toks[n].low) {
		return false
	}
	refused := toks[n].low == "declined" || toks[n].low == "refused"
	for j := n + 1; j < len(toks) && j-n <= 6 && toks[j].sent == sent && at.qtok[j] < 0 && isLowerWord(toks[j].text); j++ {
		w := toks[j].low
		if w == "not" || w == "n't" || w == "never" || w == "unavailable" {
			refused = true
		} else if refused && silenceVerb(w) {
			return at.sentenceEndsQuietly(j)
		}
	}
	return false
}

// sentenceEndsQuietly reports whether the sentence of token j goes on to
// its end with no comma or semicolon outside quotations: "Trump has not
// responded to the remarks, although he kept up his attacks online" goes
// on to tell what he did say.
func (at *attributor) sentenceEndsQuietly(j int) bool {
	toks := at.tz.toks
	for n := j + 1; n < len(toks) && toks[n].sent == toks[j].sent; n++ {
		if at.qtok[n] < 0 && (toks[n].text == "," || toks[n].text == ";" || toks[n].text == ":") {
			return false
		}
	}
	return true
}

// silenceOpener reports whether w can open the predicate of a refusal to
// speak: an auxiliary before "not", or the verb of refusing itself.
func silenceOpener(w string) bool {
	switch w {
	case "did", "does", "do", "could", "would", "will", "has", "have", "had", "was", "were", "is", "declined", "refused":
		return true
	}
	return false
}

// silenceVerb reports whether w is what a person did not do who would not
// speak: respond, reply, return calls, comment, answer, be reached.
func silenceVerb(w string) bool {
	switch w {
	case "respond", "responded", "reply", "replied", "return", "returned", "comment", "commented", "answer", "answered", "reached", "available":
		return true
	}
	return false
}
