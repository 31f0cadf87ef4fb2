package figure

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/de"
)

var dePack = de.New()

// paragraphs builds an article whose non-empty lines are paragraph blocks.
func paragraphs(id, lang, text string) *article.Article {
	a := &article.Article{ID: id, Language: lang}
	var parts []string
	off := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(parts) > 0 {
			off += 2
		}
		n := utf8.RuneCountInString(line)
		a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: off, End: off + n})
		parts = append(parts, line)
		off += n
	}
	a.Text = strings.Join(parts, "\n\n")
	return a
}

// entityForms marks every whole-word occurrence of the given surface forms as an entity of
// the given type and canonical name, longest form first, as an entity extractor would.
type entityForm struct {
	form, typ, canonical string
}

func markEntities(a *article.Article, forms []entityForm) []article.Entity {
	r := article.NewRunes(a.Text)
	taken := make([]bool, r.Len()+1)
	var out []article.Entity
	// Longest forms first so that "Region Kursk" wins over "Kursk".
	sorted := append([]entityForm(nil), forms...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && len(sorted[j].form) > len(sorted[j-1].form); j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for _, f := range sorted {
		for from := 0; ; {
			k := strings.Index(a.Text[from:], f.form)
			if k < 0 {
				break
			}
			b := from + k
			from = b + len(f.form)
			s, e := r.Rune(b), r.Rune(b+len(f.form))
			if s > 0 && isLetterAt(a.Text, b-1) {
				continue
			}
			// Allow inflected endings ("Selenskyjs") but not longer words.
			for e < r.Len() && isLetterAt(a.Text, r.Byte(e)) && e-s-utf8.RuneCountInString(f.form) < 1 {
				e++
			}
			if e < r.Len() && isLetterAt(a.Text, r.Byte(e)) {
				continue
			}
			free := true
			for c := s; c < e; c++ {
				free = free && !taken[c]
			}
			if !free {
				continue
			}
			for c := s; c < e; c++ {
				taken[c] = true
			}
			out = append(out, article.Entity{Start: s, End: e, Text: r.Slice(s, e), Type: f.typ, Canonical: f.canonical})
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func isLetterAt(s string, b int) bool {
	if b < 0 || b >= len(s) {
		return false
	}
	// Step back to the start of the code point.
	for b > 0 && !utf8.RuneStart(s[b]) {
		b--
	}
	r, _ := utf8.DecodeRuneInString(s[b:])
	return r != utf8.RuneError && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && isLetterRune(r))
}

func isLetterRune(r rune) bool {
	return strings.ContainsRune("äöüÄÖÜßéèáàóòúùñçšžćčłńśźżõãâêîôûëïÿ", r) || r >= 0x100 && r < 0x2000
}

// analyse segments a with p, adds the given entities and runs the figure extractor.
func analyse(t testing.TB, a *article.Article, p lang.Pack, ents []article.Entity) *article.Analysis {
	t.Helper()
	an := &article.Analysis{}
	analyze.Segment(a, an, p)
	an.Entities = ents
	New().Extract(a, an, p)
	return an
}

// checkGiver reports an error unless the figures hold one written figure and every such
// figure is given by want ("" for nobody).
func checkGiver(t *testing.T, text string, figures []article.Figure, figure, want string) {
	t.Helper()
	found := false
	for _, f := range figures {
		if f.Text != figure {
			continue
		}
		found = true
		if f.AttributedTo != want {
			t.Errorf("%q: %q given by %q (%+v), want %q", text, figure, f.AttributedTo, f.Source, want)
		}
	}
	if !found {
		t.Errorf("%q: no figure %q in %+v", text, figure, figures)
	}
}
