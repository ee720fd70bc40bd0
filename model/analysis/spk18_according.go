package analysis

// accordingSource reports whether the preposition at p is the "to" of
// "according to": the person after it is the source of what the sentence
// tells, as "X said" would make them. "According to Chea Vannak, a lawyer
// who defends workers, few employers have been fined. “We win the small
// cases,” he said": he is the lawyer, not the speaker of the paragraph
// before.
func (at *attributor) accordingSource(p int) bool {
	toks := at.tz.toks
	return p > 0 && toks[p].low == "to" && toks[p-1].low == "according" && toks[p-1].sent == toks[p].sent
}

// accordingSalience is the weight of a person named after "according to":
// a subject's next to a speech verb, at the subordinate share only in
// what another reports ("Reed said that according to Shah …"), not for
// the opening phrase it stands in.
func accordingSalience(reported bool) float64 {
	w := float64(salienceMention + salienceSubject + salienceSpeaker)
	if reported {
		w *= salienceSubordinate
	}
	return w
}
