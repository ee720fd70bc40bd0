package analysis

import "testing"

// TestKeyFind holds keyTable.find to number: the number of every key
// numbered, -1 for keys never numbered, and no key added.
func TestKeyFind(t *testing.T) {
	var kt keyTable
	keys := []string{"reed", "ana ruiz", "veldorian", "", "the reed", "r", "ruiz"}
	kt.reset(len(keys) + 4)
	for _, k := range keys[:5] {
		kt.number(0, k)
	}
	kt.number(0, "reed") // twice
	for i, k := range keys {
		want := -1
		if i < 5 {
			want, _ = kt.number(0, k)
		}
		if got := kt.find(0, k); got != want {
			t.Errorf("find(%q) = %d, want %d", k, got, want)
		}
	}
	if kt.find(1, "reed") != -1 {
		t.Error("find(1, reed): a key of another type")
	}
	if len(kt.keys) != 5 {
		t.Errorf("%d keys after find, want 5", len(kt.keys))
	}
}
