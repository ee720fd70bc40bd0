package tagger

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
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
	before := tableRows(loaded)
	again, err := Load(saved(t, loaded.Loaded()))
	if err != nil {
		t.Fatal(err)
	}
	after := tableRows(again)
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

// tableRows is a tagger's features and their weights, whatever their slots.
func tableRows(tg *Tagger) map[uint64][NTags]float32 {
	m := map[uint64][NTags]float32{}
	for i, s := range tg.table.slots {
		if tg.table.fps[i] != 0 {
			m[s.key] = s.w
		}
	}
	return m
}

// gzipLayout writes a saved model (Save's layout) again in the first
// layout, as Save wrote it before: every weight as 16 bits, inside gzip.
func gzipLayout(t *testing.T, saved []byte) []byte {
	t.Helper()
	raw := saved[len(modelMagic):]
	head, n := raw[:8], int(binary.LittleEndian.Uint32(raw[4:]))
	raw = raw[8:]
	keys, ws := []byte{}, []byte{}
	for i := 0; i < n; i++ {
		step, k := binary.Uvarint(raw)
		mask := binary.LittleEndian.Uint16(raw[k:])
		raw = raw[k+2:]
		keys = binary.LittleEndian.AppendUint64(keys, step)
		for j := 0; j < NTags; j++ {
			q := int64(0)
			if mask&(1<<j) != 0 {
				q, k = binary.Varint(raw)
				raw = raw[k:]
			}
			ws = binary.LittleEndian.AppendUint16(ws, uint16(int16(q)))
		}
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for _, b := range [][]byte{[]byte(modelMagicGzip), head, keys, ws} {
		zw.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A model in the first layout (gzip, every weight) loads to the same table
// as in today's, which keeps only the weights that are not zero; and a
// model cut short, or with a row naming a tag beyond NTags, is refused
// rather than read wrong.
func TestModelLayouts(t *testing.T) {
	data := saved(t, Train(trainingDocs(t), 3, 1, nil))
	now, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	before, err := Load(gzipLayout(t, data))
	if err != nil {
		t.Fatal(err)
	}
	a, b := tableRows(now), tableRows(before)
	if len(a) != len(b) || len(a) < 10 {
		t.Fatalf("%d features in today's layout, %d in the first", len(a), len(b))
	}
	zeros := 0
	for k, w := range a {
		if b[k] != w {
			t.Fatalf("feature %x: %v in today's layout, %v in the first", k, w, b[k])
		}
		for _, x := range w {
			if x == 0 {
				zeros++
			}
		}
	}
	if zeros == 0 {
		t.Error("no zero weight: the layout's masks are not tested")
	}
	for _, cut := range []int{len(modelMagic) + 4, len(modelMagic) + 9, len(data) / 2, len(data) - 1} {
		if _, err := Load(data[:cut]); err == nil {
			t.Errorf("a model cut to %d of %d bytes loads", cut, len(data))
		}
	}
	bad := append([]byte{}, data...)
	_, k := binary.Uvarint(bad[len(modelMagic)+8:])
	bad[len(modelMagic)+8+k+1] |= 0x80 // the first row's mask names tag 15
	if _, err := Load(bad); err == nil {
		t.Error("a row with a weight for tag 15 loads")
	}
	if _, err := Load(append(data, 0)); err == nil {
		t.Error("a model with a byte after it loads")
	}
}

// uvarint8 reads what binary.Uvarint reads, at every length, from buffers
// of every length around eight bytes, including cut and overlong ones.
func TestUvarint8(t *testing.T) {
	vals := []uint64{0, 1, 127, 128, 255, 300, 1<<14 - 1, 1 << 14, 1<<21 + 5, 1<<28 - 1, 1<<35 + 3, 1<<42 - 1, 1<<46 + 12345, 1<<49 - 1, 1 << 49, 1<<56 - 1, 1 << 56, 1<<63 + 7, ^uint64(0)}
	for i := 0; i < 64; i++ {
		vals = append(vals, uint64(0x9E3779B97F4A7C15)*uint64(i+1)>>uint(i))
	}
	for _, v := range vals {
		enc := binary.AppendUvarint(nil, v)
		for pad := 0; pad <= 10; pad++ {
			for cut := len(enc) - 1; cut <= len(enc); cut++ {
				b := append(append([]byte{}, enc[:cut]...), bytes.Repeat([]byte{0x81}, pad)...)
				gv, gn := uvarint8(b)
				wv, wn := binary.Uvarint(b)
				if gv != wv || gn != wn {
					t.Fatalf("uvarint8(% x) = %d, %d; Uvarint gives %d, %d", b, gv, gn, wv, wn)
				}
			}
		}
	}
}
