// Command train builds byline's entity recogniser from openly licensed data
// and measures it.
//
//	go run ./model/tagger/train -data ../shared/data/ner -out model/tagger/model.bin
//	go run ./model/tagger/train -eval ../shared/data/conll2003/valid.txt
//
// Training reads gmb-conll.txt (GMB news, ODbL per its Kaggle listing),
// wikigold.txt and wnut17.txt (both CC BY 4.0) from -data, and adds
// generated sports-results sentences (tagger.Synthetic); it is
// deterministic, so the same data and code give the same model file byte
// for byte. CoNLL-2003 and the UNER files are for measuring only.
//
// The embedded model was made by this command at commit 2045535, which
// reproduces it byte for byte in the layout of then (every weight, inside
// gzip); "-prune -min-weight -1 -model FILE" rewrites such a file in
// today's layout, the embedded file byte for byte. Since e219327 gave the shape of a word with
// a combining accent or a mis-decoded accented letter its letters ('x')
// rather than '*', the same command trains a slightly different model
// (byte-identical to the embedded one once that change is undone). The
// tagger alone scores them alike (CoNLL-2003 dev F1 81.1 and 80.5, UNER
// test 52.8 and 53.2, where other shuffle seeds give 80.5-81.2 and
// 52.6-53.4); end to end the embedded one leads (CoNLL dev 86.6 to 85.9),
// the rules since having been built and measured on it.
//
// -seed, -files and -runs are for experiments: how far a score moves by
// chance, which files train, and a model that is the mean of several runs'
// (tagger.Average). -prune writes a model file again without its features
// whose weights are all below -min-weight (none dropped if it is
// negative), without training:
//
//	go run ./model/tagger/train -prune -model IN -min-weight 0.5 -out OUT
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/byline-reader/byline/model/tagger"
)

func main() {
	data := flag.String("data", "../shared/data/ner", "folder with the training files")
	out := flag.String("out", "", "write the trained model here")
	epochs := flag.Int("epochs", 5, "training epochs")
	minWeight := flag.Float64("min-weight", 0.05, "drop features whose weights are all smaller")
	eval := flag.String("eval", "", "comma-separated CoNLL-style files to score the model on")
	model := flag.String("model", "", "with -eval, score this model file instead of the embedded one")
	verbose := flag.Bool("v", false, "with -eval, list the wrong spans")
	files := flag.String("files", "gmb-conll.txt,wikigold.txt,wnut17.txt", "training files in -data, comma-separated; a file named twice is read twice")
	extra := flag.String("extra", "", "more training files in -data, comma-separated (experiments)")
	runs := flag.Int("runs", 1, "train this many times, each run's shuffles seeded 100 further on, and keep the mean of their weights (tagger.Average)")
	seed := flag.Int64("seed", 1000, "seed of the first epoch's shuffle (experiments: how much a score moves by chance)")
	synthetic := flag.Int("synthetic", 2500, "sports-results sentences to generate (see tagger.Synthetic)")
	prune := flag.Bool("prune", false, "with -model and -out, write that model again without the features whose weights are all below -min-weight")
	noDoc := flag.Bool("no-doc", false, "with -eval, leave out the document-level consistency pass")
	flag.Parse()
	logf := func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }

	t := tagger.Default()
	if *model != "" {
		data, err := os.ReadFile(*model)
		if err == nil {
			t, err = tagger.Load(data)
		}
		if err != nil {
			logf("train: %v", err)
			os.Exit(1)
		}
	}
	if *prune && *out != "" {
		var buf bytes.Buffer
		n, err := t.Loaded().Save(&buf, float32(*minWeight))
		if err == nil {
			err = os.WriteFile(*out, buf.Bytes(), 0o644)
		}
		if err != nil {
			logf("train: %v", err)
			os.Exit(1)
		}
		logf("pruned: %d features kept, %d bytes", n, buf.Len())
		if t, err = tagger.Load(buf.Bytes()); err != nil {
			logf("train: reloading: %v", err)
			os.Exit(1)
		}
		*out = ""
	}
	if *out != "" {
		var docs []tagger.Document
		names := strings.Split(*files, ",")
		if *extra != "" {
			names = append(names, strings.Split(*extra, ",")...)
		}
		for _, name := range names {
			d, err := tagger.ReadFile(filepath.Join(*data, name))
			if err != nil {
				logf("train: %v", err)
				os.Exit(1)
			}
			docs = append(docs, d...)
		}
		docs = append(docs, tagger.Synthetic(docs, *synthetic)...)
		start := time.Now()
		var ts []*tagger.Tagger
		for r := 0; r < *runs; r++ {
			ts = append(ts, tagger.Train(docs, *epochs, *seed+int64(100*r), logf))
		}
		t = ts[0]
		if len(ts) > 1 {
			t = tagger.Average(ts)
		}
		var buf bytes.Buffer
		n, err := t.Save(&buf, float32(*minWeight))
		if err == nil {
			err = os.WriteFile(*out, buf.Bytes(), 0o644)
		}
		if err != nil {
			logf("train: %v", err)
			os.Exit(1)
		}
		logf("trained in %s: %d features kept, %d bytes", time.Since(start).Round(time.Second), n, buf.Len())
		if t, err = tagger.Load(buf.Bytes()); err != nil {
			logf("train: reloading: %v", err)
			os.Exit(1)
		}
	}
	if *eval != "" {
		if *noDoc {
			t = t.WithoutConsistency()
		}
		for _, f := range strings.Split(*eval, ",") {
			docs, err := tagger.ReadFile(f)
			if err != nil {
				logf("eval: %v", err)
				os.Exit(1)
			}
			s := t.Evaluate(docs)
			p, r, f1 := s.F1("")
			line := fmt.Sprintf("%s: P %.1f R %.1f F1 %.1f", filepath.Base(f), p, r, f1)
			for _, typ := range []string{"PER", "LOC", "ORG"} {
				_, _, tf := s.F1(typ)
				line += fmt.Sprintf(" %s %.1f", typ, tf)
			}
			fmt.Println(line)
			if *verbose {
				for _, e := range s.Errors {
					fmt.Println("  " + e)
				}
			}
		}
	}
}
