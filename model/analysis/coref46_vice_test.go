package analysis

import "testing"

// TestSubordinateTitle: "Vice Governor X" is no governor, and "the vice
// governor" still means him (subordinateKeys, coref46_vice.go).
func TestSubordinateTitle(t *testing.T) {
	open := []string{
		"CEBU - Floods killed at least 40 people in the central Philippines on Wednesday.",
		"Governor Luzviminda Aranas said entire villages had been flooded. “We have never seen water rise so fast,” she told a radio station.",
		"Vice Governor Ramil Tabanao said teams were still searching. “We will not stop,” Tabanao said.",
	}
	runSpeakerCases(t, []speakerCase{
		{"the governor", append(open, "“The mountains have been stripped of trees,” the governor said."), "stripped of trees", "Luzviminda Aranas"},
		{"the vice governor", append(open, "“The mountains have been stripped of trees,” the vice governor said."), "stripped of trees", "Ramil Tabanao"},
		{"the deputy minister far back", []string{
			"HANOI - Coffee farmers in the Central Highlands say the drought has cut their harvest by a third.",
			"Deputy Minister Pham Duc Minh said the government would release water from reservoirs.",
			"Farmers in Dak Lak said the wells had dried up in March. Prices rose for a second month.",
			"Exporters said shipments would fall. The harvest begins in October.",
			"Trader Nguyen Thi Lan said stocks in Buon Ma Thuot were low.",
			"“We will prioritise drinking water first,” the deputy minister said.",
		}, "drinking water first", "Pham Duc Minh"},
	})
}
