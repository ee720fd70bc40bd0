package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestMisturnedOpeningMark: an opening mark typed where a closing one
// belongs, after a word or punctuation and before a space, closes the
// quotation; one before a word still opens. A closing mark that leads its
// paragraph, or stands after a space and before a word, opens.
func TestMisturnedOpeningMark(t *testing.T) {
	cases := []struct {
		name, para string
		want       []string
	}{
		{"after a comma", `“It is unusual,“ said Ola Brandt. “It is a hard thing to do.”`, []string{"It is unusual,", "It is a hard thing to do."}},
		{"after a word", `He blasted the film “Frozen“ and the books.`, []string{"Frozen"}},
		{"at the end", `She called the board “reckless.“`, []string{"reckless."}},
		{"a closing mark that opens the paragraph", `” … they are so unlike him,” she said in December.`, []string{" … they are so unlike him,"}},
		{"a closing mark before a word", `Aides would not let him ”get close to the board on the things he needed.”`, []string{"get close to the board on the things he needed."}},
		{"after an invisible mark", "\u202a”Sorry Ola, you should have said so!” posted Ilse Varga.", []string{"Sorry Ola, you should have said so!"}},
		{"opening as usual", `“We will rebuild,” Ola Brandt said.`, []string{"We will rebuild,"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.para
			got := []string{}
			for _, q := range findQuotes(text, []model.Paragraph{{Span: model.Span{Start: 0, End: len(text)}}}) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("quotations %q, want %q", got, c.want)
			}
		})
	}
}

// TestMarkupValues: a value written name="…" inside a tag is markup, as
// in a post embedded in a page, and no quotation; the words around it
// still are, and so is name="…" outside a tag.
func TestMarkupValues(t *testing.T) {
	cases := []struct {
		name, para string
		want       []string
	}{
		{"embedded post", `<post author="@ola_brandt" date="3 May">We will rebuild the quay.</post>`, []string{}},
		{"quotation inside", `<post id="7213">"We will rebuild," wrote Ola Brandt.</post>`, []string{"We will rebuild,"}},
		{"outside a tag", `He wrote x="a real quote" on the board.`, []string{"a real quote"}},
		{"prose", `He called it "a disgrace" at the quay.`, []string{"a disgrace"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := []string{}
			for _, q := range findQuotes(c.para, []model.Paragraph{{Span: model.Span{Start: 0, End: len(c.para)}}}) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("quotations %q, want %q", got, c.want)
			}
		})
	}
}

// TestCurlyInsideStraight: marks inside a quotation are a quotation within
// it when the outer one closes after them (curly in straight marks, or
// marks of the same kind followed by two closing ones) or runs on into the
// next paragraph; a stray mark before prose opens nothing.
func TestCurlyInsideStraight(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"closes later", []string{`Ola Brandt said: "The board isn't about “Fair Play” any more. It is about money."`},
			[]string{"The board isn't about “Fair Play” any more. It is about money."}},
		{"runs on", []string{`"The board isn't about “Fair Play” any more.`, `"It is about money."`},
			[]string{"The board isn't about “Fair Play” any more.\n\"It is about money."}},
		{"same marks, curly", []string{`Ola Brandt wrote: “People wearing “Vote Reed” shirts at her event. Ouch.”`},
			[]string{"People wearing “Vote Reed” shirts at her event. Ouch."}},
		{"same marks, straight", []string{`Osei tweeted, "Reporting that the skipper shouted "Land ho!" as he sank." Nobody answered.`},
			[]string{`Reporting that the skipper shouted "Land ho!" as he sank.`}},
		{"a stray opening mark", []string{`“We will rebuild “the quay,” Ola Brandt said.`},
			[]string{"the quay,"}},
		{"stray straight mark", []string{`"Tomas Osei called the plan “a disgrace” on Monday.`, `The board met.`},
			[]string{"a disgrace"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Join(c.paras, "\n")
			var paras []model.Paragraph
			at := 0
			for _, p := range c.paras {
				paras = append(paras, model.Paragraph{Span: model.Span{Start: at, End: at + len(p)}})
				at += len(p) + 1
			}
			got := []string{}
			for _, q := range findQuotes(text, paras) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("quotations %q, want %q", got, c.want)
			}
		})
	}
}
