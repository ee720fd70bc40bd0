package analysis

import "testing"

// TestWordsOnAThing: the words on a sign, a hat or a banner, with a verb
// of saying right after the noun, are the thing's, not those of the one
// who holds or wears it; a bare plural and a person's statement are left
// as they were.
func TestWordsOnAThing(t *testing.T) {
	intro := `Hundreds of fishermen marched through Eastcliff on Saturday against the new quay fees.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a sign reading", `Lena Brook, a skipper, held up a sign reading “Fees Sink Boats” as the march passed the town hall.`, "Fees Sink Boats", "a sign"},
		{"a hat that said", `Tomas Vell, the harbour master, wore a faded Harbour Days hat that said “Free Quay Forever” all afternoon.`, "Free Quay Forever", "a faded Harbour Days hat"},
		{"a statement saying stays", `Lena Brook released a statement saying the fees were “a tax on the sea”.`, "tax on the sea", "Lena Brook"},
		// the verb that holds the thing up is no part of its phrase (attr34)
		{"held placards after a phrase of place", `Protesters outside the town hall held placards reading “Save our quay” all morning.`, "Save our quay", "Protesters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
