package analysis

import "testing"

// TestNameFormGender: a patronymic or a surname's ending tells a gender
// where the naming custom marks it; other names tell nothing.
func TestNameFormGender(t *testing.T) {
	cases := []struct{ name, want string }{
		{"Dinara Serikovna Abenova", "f"},
		{"Oleksandr Petrovych Hnatyuk", "m"},
		{"Marat Ivanovich Sadykov", "m"},
		{"Bakytgul Omarova", "f"},
		{"Yerlan Tokayev", "m"},
		{"Daria Kovalevskaya", "f"},
		{"Nurlan Bekov", "m"},
		{"Giacomo Casanova", ""},
		{"Ana Villanova", ""},
		{"Tor Einar Lunde", ""},
		{"Sina Faleolo-Matagi", ""},
		{"Omarova", ""},
	}
	for _, c := range cases {
		if got := nameFormGender(c.name); got != c.want {
			t.Errorf("nameFormGender(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestNameFormGenderSpeaker: with two given names no list knows, the
// patronymic and the surname's ending tell who "she" is.
func TestNameFormGenderSpeaker(t *testing.T) {
	wantSpeaker(t, "break their word", "Dinara Serikovna Abenova",
		`Dinara Serikovna Abenova, who heads the union, said the deal was “a victory.” Yerlan Tokayev, the mine’s director, told workers that the company would honour it. She said the union would watch closely.`,
		`“If they break their word, we will stop again,” she said.`)
}
