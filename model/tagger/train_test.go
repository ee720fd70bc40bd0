package tagger

import (
	"bytes"
	"strings"
	"testing"
)

// trainingDocs is a few invented sentences in CoNLL columns, enough for
// Train to learn something from in a moment.
func trainingDocs(t *testing.T) []Document {
	t.Helper()
	text := `Ana	B-PER
Ruiz	I-PER
visited	O
Vellmouth	B-LOC
.	O

Kessary	B-ORG
Bank	I-ORG
hired	O
Ana	B-PER
Ruiz	I-PER
.	O

Tom	B-PER
Lund	I-PER
left	O
Harrow	B-LOC
for	O
Kessary	B-ORG
Bank	I-ORG
.	O

`
	docs, err := ReadColumns(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func saved(t *testing.T, tg *Tagger) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := tg.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The seed alone decides the shuffles: the same seed gives the same model
// file, another seed may not, and training is still reproducible.
func TestTrainSeed(t *testing.T) {
	docs := trainingDocs(t)
	a := saved(t, Train(docs, 3, 1, nil))
	b := saved(t, Train(docs, 3, 1, nil))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same seed gave different model files")
	}
	if len(a) < 100 {
		t.Fatalf("model file of %d bytes: nothing learnt", len(a))
	}
}

// Average gives each feature the mean of its weights over the taggers, a
// feature one tagger lacks counting as zero there.
func TestAverage(t *testing.T) {
	row := func(x float32) []float32 {
		w := make([]float32, NTags)
		for k := range w {
			w[k] = x + float32(k)
		}
		return w
	}
	a := &Tagger{gz: loadGazetteer()}
	a.setRows([]uint64{11, 22}, append(row(2), row(4)...))
	b := &Tagger{gz: loadGazetteer()}
	b.setRows([]uint64{22, 33}, append(row(6), row(8)...))
	avg := Average([]*Tagger{a, b})
	want := map[uint64][]float32{11: row(2), 22: row(5), 33: row(8)}
	for k := range want {
		if k != 22 { // in one tagger only: half its weights
			for j := range want[k] {
				want[k][j] /= 2
			}
		}
	}
	if len(avg.keysForSave) != len(want) {
		t.Fatalf("%d features, want %d", len(avg.keysForSave), len(want))
	}
	for i, k := range avg.keysForSave {
		got := avg.w[i*NTags : i*NTags+NTags]
		for j := range got {
			if got[j] != want[k][j] {
				t.Errorf("feature %d tag %d: weight %v, want %v", k, j, got[j], want[k][j])
			}
		}
		if slot := avg.table.row(k); slot < 0 || avg.table.slots[slot].w[0] != want[k][0] {
			t.Errorf("feature %d: the table does not hold its mean weights", k)
		}
	}
	docs := trainingDocs(t)
	one := Train(docs, 2, 5, nil)
	if !bytes.Equal(saved(t, Average([]*Tagger{one})), saved(t, one)) {
		t.Error("the mean of one tagger is not that tagger")
	}
}

// A loaded model saved again keeps its features and weights, and saved
// with a higher minWeight keeps exactly the features with a weight above
// it.
func TestLoadedSavesAgain(t *testing.T) {
	loaded, err := Load(saved(t, Train(trainingDocs(t), 3, 1, nil)))
	if err != nil {
		t.Fatal(err)
	}
	rows := func(tg *Tagger) map[uint64][NTags]float32 {
		m := map[uint64][NTags]float32{}
		for i, s := range tg.table.slots {
			if tg.table.fps[i] != 0 {
				m[s.key] = s.w
			}
		}
		return m
	}
	before := rows(loaded)
	again, err := Load(saved(t, loaded.Loaded()))
	if err != nil {
		t.Fatal(err)
	}
	after := rows(again)
	if len(after) != len(before) || len(before) < 10 {
		t.Fatalf("%d features saved again, %d before", len(after), len(before))
	}
	for k, w := range before {
		for j := range w {
			if d := after[k][j] - w[j]; d > 1e-5 || d < -1e-5 {
				t.Fatalf("feature %x tag %d: weight %v saved again as %v", k, j, w[j], after[k][j])
			}
		}
	}
	const cut = 0.5
	want := 0
	for _, w := range before {
		for _, x := range w {
			if x > cut || x < -cut {
				want++
				break
			}
		}
	}
	var buf bytes.Buffer
	n, err := loaded.Loaded().Save(&buf, cut)
	if err != nil {
		t.Fatal(err)
	}
	if n != want || n == len(before) || n == 0 {
		t.Errorf("cut at %v kept %d of %d features, want %d", cut, n, len(before), want)
	}
}
