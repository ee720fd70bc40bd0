package analysis

import "testing"

// TestRelativeClauseSpeaker: "who" speaks for its antecedent past a phrase
// of time or place before its verb, and a bare plural that opens the
// sentence is an antecedent as "the activists" is; a verb after a phrase
// with a clause of its own is not read through.
func TestRelativeClauseSpeaker(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"who on a weekday", `The mayor, who on Tuesday described the plan as “a vanity project,” voted against it.`, "vanity project", "the mayor"},
		{"who last week", `The mayor, who last week described the plan as “a vanity project,” voted against it.`, "vanity project", "the mayor"},
		{"who on a call", `The former mayor, who on a call Friday criticised the board for “dragging its feet,” left early.`, "dragging its feet", "the former mayor"},
		{"bare plural", `Activists, who called the plan “a disgrace to the town,” will march on Saturday.`, "disgrace", "Activists"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestBarePluralDefinedByWho: a bare plural that a "who" clause defines
// names the people who speak in the clause ("rebuked critics who say …"),
// not the sentence's subject; a singular so defined names no one, and
// keeps the sentence's subject from the words.
func TestBarePluralDefinedByWho(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"critics who say", `The mayor rebuked critics who say the plan is “a costly mistake.”`, "costly mistake", "critics"},
		{"critics who say, adverb", `The mayor sharply rebuked critics who say she should scrap the “costly mistake” at once.`, "costly mistake", "critics"},
		// a singular so defined names no one, and the sentence's subject is
		// not the speaker either
		{"a critic who says", `The mayor rebuked a critic who says the plan is “a costly mistake.”`, "costly mistake", ""},
		// the object of a verb in -ed is a phrase of its own, not the
		// subject's words run on: never "the mayor sharply rebuked a critic"
		{"verb and object", `The mayor sharply rebuked a critic who says she should call the plan “a costly mistake,” and left.`, "costly mistake", "a critic"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestGroupAntecedent: "who" after a comma speaks for a group or a person
// named by a common noun ("the families, who told her"), and a described
// antecedent keeps its whole description ("an aide to the governor, who");
// inside words a speech verb reports, the reporter speaks.
func TestGroupAntecedent(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"the families", `Ann Reed met the families, who told her the delays were “cruel”.`, "cruel", "the families"},
		{"the fishermen", `Tomas Brandt thanked the fishermen, who said the quay was “as good as new”.`, "good as new", "the fishermen"},
		{"a described antecedent", `Ann Reed met an aide to the governor, who said the quay was “as good as new”.`, "good as new", "an aide to the governor"},
		// inside words a speech verb reports, the reporter's account
		{"reported", `Ann Reed recalled that the plan was mocked by the fishermen, who wondered if “it would ever be finished.”`, "ever be finished", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
