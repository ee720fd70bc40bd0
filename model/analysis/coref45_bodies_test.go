package analysis

import "testing"

// TestApposedBodyWords: a body's description beside its name may hold
// capitalised words and possessives, and a body named inside it is no
// other body (coref45_bodies.go).
func TestApposedBodyWords(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"capitalised words before the noun", []string{
			"A cyclone destroyed hundreds of schools in Sofala this week.",
			"The United Nations children's agency Kidsafe said in a statement that 40,000 children had lost classes. “Children have barely recovered from the last storm,” the agency said.",
		}, "barely recovered", "Kidsafe"},
		{"a possessive opens the sentence", []string{
			"A cyclone destroyed hundreds of schools in Sofala this week.",
			"Britain's aid agency Helpwell said in a statement that 40,000 children had lost classes. “Children have barely recovered from the last storm,” the agency said.",
		}, "barely recovered", "Helpwell"},
		{"a body named in the apposition after", []string{
			"A cyclone destroyed hundreds of schools in Sofala this week.",
			"The Kessa Relief Fund, the United Nations children's agency, said that 40,000 children had lost classes. “Children have barely recovered from the last storm,” the agency said.",
		}, "barely recovered", "Kessa Relief Fund"},
		{"a verb before the noun is no description", []string{
			"A cyclone destroyed hundreds of schools in Sofala this week.",
			"Officials praised agency Helpwell on Monday, and a second agency sent tents. “Children have barely recovered from the last storm,” the agency said.",
		}, "barely recovered", "the agency"},
	})
}

// TestEarliestBody: "the bank", "the company" far from the name is the
// body the earliest use of the words named, unless another body of the
// kind is named since; a bank where someone works is no other
// (coref45_bodies.go).
func TestEarliestBody(t *testing.T) {
	far := []string{
		"Traders on the floor were calm.", "Importers were calm too.", "Farmers said little.",
		"Shops stayed open.", "The shilling held.", "Fuel prices did not move.", "Exporters were glad.",
		"Bus fares stayed where they were.", "Analysts had expected it.",
	}
	with := func(lead []string, mid []string, last string) []string {
		out := append([]string{}, lead...)
		out = append(out, far...)
		out = append(out, mid...)
		return append(out, last)
	}
	runSpeakerCases(t, []speakerCase{
		{"the bank far from its name", with([]string{
			"The Central Bank of Vell held its rate at 9 per cent on Wednesday.",
			"Governor Ann Reed said the bank expected credit to recover.",
		}, []string{
			"Tomas Osei, an economist at an international bank, called the move prudent.",
		}, "In its statement, the bank said it would “take further measures as necessary”."),
			"further measures", "Central Bank of Vell"},
		{"the company after a dateline and an apposition", with([]string{
			"DUNMORE, June 3 – Brava Dairy Group, one of Vell's largest dairy processors, filed for protection on Tuesday.",
			"The company, which employs 2,300 people, said it owed money to banks.",
		}, nil, "In a statement, the company said it would “pay every farmer in full”."),
			"every farmer", "Brava Dairy Group"},
		{"another company named since", with([]string{
			"DUNMORE, June 3 – Brava Dairy Group, one of Vell's largest dairy processors, filed for protection on Tuesday.",
			"The company, which employs 2,300 people, said it owed money to banks.",
			"Holm Freight Ltd stopped its trucks to the dairy on Wednesday.",
		}, nil, "In a statement, the company said it would “pay every farmer in full”."),
			"every farmer", "the company"},
		{"another bank named since", with([]string{
			"The Central Bank of Vell held its rate at 9 per cent on Wednesday.",
			"Governor Ann Reed said the bank expected credit to recover.",
			"The Holm Savings Bank cut its own rates on Thursday.",
		}, nil, "In its statement, the bank said it would “take further measures as necessary”."),
			"further measures", "the bank"},
	})
}

// TestDatelineDate: a dateline may carry its date before the dash,
// "DUNMORE, June 3 –", and the sentence's subject comes after it.
func TestDatelineDate(t *testing.T) {
	for _, c := range []struct {
		text, first string
	}{
		{"DUNMORE, June 3 – Brava Dairy Group filed for protection.", "Brava"},
		{"DUNMORE – Brava Dairy Group filed for protection.", "Brava"},
		{"DUNMORE, June 3 2024 – Brava Dairy Group filed for protection.", "DUNMORE"},
		{"DUNMORE, 300 – Brava Dairy Group filed for protection.", "DUNMORE"},
	} {
		tz := tokenizeText(c.text)
		if got := tz.toks[datelineEnd(tz.toks, 0, len(tz.toks))].text; got != c.first {
			t.Errorf("%q: subject opens at %q, want %q", c.text, got, c.first)
		}
	}
}

// TestUnrecognisedBody: "the organisation" after a sentence a body no
// entity holds opens, with "which" after its name and a speech verb, is
// that body; a person's "who" is none (coref45_bodies.go).
func TestUnrecognisedBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a body with which", []string{
			"The trial of three former officials opened in Dunmore on Monday.",
			"Integrity Now, which has monitored the trial, said in a statement that the case showed how “weak oversight” allowed contracts to go unchecked. “Residents of Holm paid for pipes that were never laid,” the organisation said.",
		}, "pipes that were never laid", "Integrity Now"},
		{"no speech verb in the clause", []string{
			"The trial of three former officials opened in Dunmore on Monday.",
			"Integrity Now, which has monitored the trial, published its own count of the missing pipes. “Residents of Holm paid for pipes that were never laid,” the organisation said.",
		}, "pipes that were never laid", "the organisation"},
	})
}

// TestToldSpokesperson: a spokesperson the phrase gives a body's noun
// speaks for the one body in reach though a person is named near; a bare
// one may be the person's (desc34_body.go).
func TestToldSpokesperson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a company spokeswoman", []string{
			"Workers at the Kessa copper mine ended a two-week strike on Thursday.",
			"“It was a hard fight, but the workers won,” union president Patricio Tapia said.",
			"The mine's operator, Kessa Copper Ltd, said production would return to normal within days. “We are pleased that an agreement has been reached,” a company spokeswoman said.",
		}, "pleased", "Kessa Copper Ltd’s spokeswoman"},
		{"a bare spokeswoman", []string{
			"Workers at the Kessa copper mine ended a two-week strike on Thursday.",
			"“It was a hard fight, but the workers won,” union president Patricio Tapia said.",
			"The mine's operator, Kessa Copper Ltd, said production would return to normal within days. “We are pleased that an agreement has been reached,” a spokeswoman said.",
		}, "pleased", "a spokeswoman"},
	})
}
