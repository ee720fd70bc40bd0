package tagger

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"
)

// Example is one training or evaluation sentence.
type Example struct {
	Words []string
	Tags  []int // indexes into Tags
}

// Document is a run of sentences tagged together (for consistency).
type Document []Example

// ReadColumns reads a CoNLL-style file: one token a line with its IOB2 tag
// in the last column (tab or space separated), blank lines between
// sentences, optional -DOCSTART- lines between documents. Files without
// document markers come back as one document per sentence.
func ReadColumns(r io.Reader) ([]Document, error) {
	tagIndex := map[string]int{}
	for i, t := range Tags {
		tagIndex[t] = i
	}
	var docs []Document
	var doc Document
	var ex Example
	markers := false
	flushSent := func() {
		if len(ex.Words) > 0 {
			doc = append(doc, ex)
			ex = Example{}
		}
	}
	flushDoc := func() {
		flushSent()
		if len(doc) > 0 {
			docs = append(docs, doc)
			doc = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			markers = true
			flushDoc()
			continue
		}
		if strings.TrimSpace(line) == "" {
			flushSent()
			continue
		}
		cols := strings.Fields(line)
		if len(cols) < 2 {
			return nil, fmt.Errorf("bad line %q", line)
		}
		tag, ok := tagIndex[cols[len(cols)-1]]
		if !ok {
			return nil, fmt.Errorf("unknown tag %q", cols[len(cols)-1])
		}
		ex.Words = append(ex.Words, cols[0])
		ex.Tags = append(ex.Tags, tag)
	}
	flushDoc()
	if !markers {
		// no document markers: consecutive sentences in chunks stand in for
		// documents (the sources keep their sentences in order)
		var split []Document
		for _, d := range docs {
			for i := 0; i < len(d); i += 25 {
				split = append(split, d[i:min(i+25, len(d))])
			}
		}
		docs = split
	}
	return docs, sc.Err()
}

// trainer holds an averaged perceptron being trained.
type trainer struct {
	t     *Tagger
	index map[uint64]int32
	keys  []uint64
	acc   []float64 // summed weights over time, for averaging
	last  []int32   // step of each weight's last change
	step  int32
}

func newTrainer() *trainer {
	return &trainer{t: &Tagger{gz: loadGazetteer(), table: newHashTable(0)}, index: map[uint64]int32{}}
}

func (tr *trainer) row(f uint64, create bool) (int32, bool) {
	if r, ok := tr.index[f]; ok {
		return r, true
	}
	if !create {
		return 0, false
	}
	r := int32(len(tr.keys))
	tr.index[f] = r
	tr.keys = append(tr.keys, f)
	tr.t.w = append(tr.t.w, make([]float32, NTags)...)
	tr.acc = append(tr.acc, make([]float64, NTags)...)
	tr.last = append(tr.last, make([]int32, NTags)...)
	return r, true
}

func (tr *trainer) score(feats []uint64, sc *[NTags]float32) {
	*sc = [NTags]float32{}
	for _, f := range feats {
		r, ok := tr.index[f]
		if !ok {
			continue
		}
		w := tr.t.w[int(r)*NTags : int(r)*NTags+NTags]
		for k := range sc {
			sc[k] += w[k]
		}
	}
}

func (tr *trainer) update(feats []uint64, tag int, delta float32) {
	for _, f := range feats {
		r, _ := tr.row(f, true)
		i := int(r)*NTags + tag
		tr.acc[i] += float64(tr.t.w[i]) * float64(tr.step-tr.last[i])
		tr.last[i] = tr.step
		tr.t.w[i] += delta
	}
}

// Train runs epochs of the greedy averaged perceptron over docs, shuffled
// from seed (seed+1 for the second epoch, and so on) so that the result is
// the same on every machine, and
// returns the averaged model. A small share of sentences is also seen in
// capitals, since headlines often are.
func Train(docs []Document, epochs int, seed int64, logf func(string, ...any)) *Tagger {
	type item struct {
		ex    Example
		lower map[string]bool
	}
	var sents []item
	for _, d := range docs {
		words := make([][]string, len(d))
		for i, ex := range d {
			words[i] = ex.Words
		}
		lw := lowerWords(words)
		for _, ex := range d {
			sents = append(sents, item{ex, lw})
		}
	}
	// capitalised copies of every 25th sentence
	n := len(sents)
	for i := 0; i < n; i += 25 {
		up := Example{Words: make([]string, len(sents[i].ex.Words)), Tags: sents[i].ex.Tags}
		for j, w := range sents[i].ex.Words {
			up.Words[j] = strings.ToUpper(w)
		}
		sents = append(sents, item{up, nil})
	}
	tr := newTrainer()
	buf := make([]uint64, 0, 64)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng := rand.New(rand.NewSource(seed + int64(ep)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, si := range order {
			ex := sents[si].ex
			s := tr.t.prepare(ex.Words, sents[si].lower, false)
			p1, p2 := NTags, NTags
			var sc [NTags]float32
			for i := range ex.Words {
				tr.step++
				buf = features(s, i, p1, p2, buf[:0])
				tr.score(buf, &sc)
				prev := p1
				if prev == NTags {
					prev = 0
				}
				guess := -1
				for k := 0; k < NTags; k++ {
					if allowed(prev, k) && (guess < 0 || sc[k] > sc[guess]) {
						guess = k
					}
				}
				gold := ex.Tags[i]
				if guess != gold {
					tr.update(buf, gold, 1)
					tr.update(buf, guess, -1)
					errs++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		if logf != nil {
			logf("epoch %d: %d features, token error %.4f", ep+1, len(tr.keys), float64(errs)/float64(max(total, 1)))
		}
	}
	// average
	for i := range tr.t.w {
		tr.acc[i] += float64(tr.t.w[i]) * float64(tr.step-tr.last[i])
		tr.t.w[i] = float32(tr.acc[i] / float64(tr.step))
	}
	tr.t.setRows(tr.keys, tr.t.w)
	return tr.t
}

// setRows makes keys and their weights (NTags a key, in keys' order) the
// tagger's model, kept unquantised for Save.
func (t *Tagger) setRows(keys []uint64, w []float32) {
	t.table = newHashTable(len(keys))
	for i, k := range keys {
		t.table.put(k, (*[NTags]float32)(w[i*NTags:]))
	}
	t.keysForSave, t.w = keys, w
	t.finish()
}

// Average returns the tagger whose weights are the mean of those of taggers
// Train made from the same data in different orders (a feature one of them
// lacks counts as zero there). A perceptron's weights depend on the order
// it saw the sentences in; their mean depends on it less.
func Average(ts []*Tagger) *Tagger {
	index := map[uint64]int{}
	var keys []uint64
	var w []float32
	for _, t := range ts {
		for i, k := range t.keysForSave {
			r, ok := index[k]
			if !ok {
				r = len(keys)
				index[k] = r
				keys = append(keys, k)
				w = append(w, make([]float32, NTags)...)
			}
			for j := 0; j < NTags; j++ {
				w[r*NTags+j] += t.w[i*NTags+j] / float32(len(ts))
			}
		}
	}
	avg := &Tagger{gz: loadGazetteer()}
	avg.setRows(keys, w)
	return avg
}

// Save writes the model, dropping features whose weights are all below
// minWeight (a negative minWeight keeps every feature) and quantising the
// rest to 16 bits; rows are sorted by feature hash so that the file is the
// same for the same training. Each row is its key's step from the one
// before, a mask of the weights that are not zero and those weights, as
// varints (modelMagic): 3.2 MB, where the first layout's 16-bit columns
// took 2.9 MB inside gzip, but read without inflating.
func (t *Tagger) Save(w io.Writer, minWeight float32) (int, error) {
	type row struct {
		key uint64
		w   []float32
	}
	var rows []row
	maxAbs := float32(0)
	for i, k := range t.keysForSave {
		ws := t.w[i*NTags : i*NTags+NTags]
		keep := false
		for _, x := range ws {
			if x > minWeight || x < -minWeight {
				keep = true
			}
			if a := float32(math.Abs(float64(x))); a > maxAbs {
				maxAbs = a
			}
		}
		if keep {
			rows = append(rows, row{k, ws})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	raw := []byte(modelMagic)
	raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(scale))
	raw = binary.LittleEndian.AppendUint32(raw, uint32(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		raw = binary.AppendUvarint(raw, r.key-prev)
		prev = r.key
		var q [NTags]int16
		mask := uint16(0)
		for j, x := range r.w {
			if q[j] = int16(math.Round(float64(x / scale))); q[j] != 0 {
				mask |= 1 << j
			}
		}
		raw = binary.LittleEndian.AppendUint16(raw, mask)
		for _, v := range q {
			if v != 0 {
				raw = binary.AppendVarint(raw, int64(v))
			}
		}
	}
	_, err := w.Write(raw)
	return len(rows), err
}

// Scores are precision, recall and F1 per type and overall.
type Scores struct {
	Gold, Found, Correct map[string]int
	// Errors lists up to 2000 wrong spans as "MISSED/EXTRA TYPE words | sentence".
	Errors []string
}

// Evaluate tags docs document by document and counts exact spans over
// PER, LOC and ORG (MISC left out, as the project's scorer does).
func (t *Tagger) Evaluate(docs []Document) Scores {
	sc := Scores{Gold: map[string]int{}, Found: map[string]int{}, Correct: map[string]int{}}
	names := [...]string{"", "PER", "LOC", "ORG", "MISC"}
	for _, d := range docs {
		words := make([][]string, len(d))
		for i, ex := range d {
			words[i] = ex.Words
		}
		out := t.TagDocument(words)
		for i, ex := range d {
			got := make([]int, len(out[i]))
			for j, tg := range out[i] {
				for k, name := range Tags {
					if name == tg {
						got[j] = k
					}
				}
			}
			gold := map[span]bool{}
			for _, sp := range spansOf(ex.Tags) {
				if sp.typ == 4 {
					continue
				}
				gold[sp] = true
				sc.Gold[names[sp.typ]]++
			}
			found := map[span]bool{}
			for _, sp := range spansOf(got) {
				if sp.typ == 4 {
					continue
				}
				found[sp] = true
				sc.Found[names[sp.typ]]++
				if gold[sp] {
					sc.Correct[names[sp.typ]]++
				} else if len(sc.Errors) < 2000 {
					sc.Errors = append(sc.Errors, fmt.Sprintf("EXTRA  %s %s | %s", names[sp.typ], strings.Join(ex.Words[sp.s:sp.e], " "), strings.Join(ex.Words, " ")))
				}
			}
			for sp := range gold {
				if !found[sp] && len(sc.Errors) < 2000 {
					sc.Errors = append(sc.Errors, fmt.Sprintf("MISSED %s %s | %s", names[sp.typ], strings.Join(ex.Words[sp.s:sp.e], " "), strings.Join(ex.Words, " ")))
				}
			}
		}
	}
	return sc
}

// F1 returns precision, recall and F1 (in percent) for a type, or overall for "".
func (s Scores) F1(typ string) (p, r, f float64) {
	var g, fo, c int
	for _, k := range []string{"PER", "LOC", "ORG"} {
		if typ == "" || typ == k {
			g += s.Gold[k]
			fo += s.Found[k]
			c += s.Correct[k]
		}
	}
	p = 100 * float64(c) / math.Max(float64(fo), 1)
	r = 100 * float64(c) / math.Max(float64(g), 1)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// ReadFile is ReadColumns on a file.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadColumns(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// Loaded returns a copy of a loaded model that keeps its rows for Save, as
// Train's taggers do, so that a model can be written again with a higher
// minWeight without training it again. The weights are the file's,
// quantised: a weight within a quantum (1/32767 of the largest) of the cut
// may fall on the other side of it than the training's weight would.
func (t *Tagger) Loaded() *Tagger {
	c := *t
	c.keysForSave, c.w = nil, nil
	for i, s := range t.table.slots {
		if t.table.fps[i] == 0 {
			continue
		}
		c.keysForSave = append(c.keysForSave, s.key)
		c.w = append(c.w, s.w[:]...)
	}
	return &c
}
