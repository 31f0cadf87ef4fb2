package streamgen

import (
	"reflect"
	"strings"
	"testing"

	"crosscheck/lang/de"
)

func TestReadGNAD(t *testing.T) {
	in := "Sport;'Der Klub gewinnt. Der Trainer sagt: ''Toll''.'\n\nkaputt\nWeb;'Zweiter Text.'\n"
	docs, err := readGNAD(strings.NewReader(in), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Text != "Der Klub gewinnt. Der Trainer sagt: 'Toll'." || docs[1].Text != "Zweiter Text." {
		t.Errorf("docs = %+v", docs)
	}
	if docs, _ := readGNAD(strings.NewReader(in), 1); len(docs) != 1 {
		t.Errorf("max 1: %d docs", len(docs))
	}
}

func TestParseSpkAtt(t *testing.T) {
	raw := `{"Sentences":[{"Tokens":["Er","sagte",",","es","regnet","."]},{"Tokens":["Gut","."]}]}`
	d, err := parseSpkAtt("12 - Regen in Berlin (2005-08-05).json", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "spk12" || d.Title != "Regen in Berlin" || d.Date.Format("2006-01-02") != "2005-08-05" || d.Text != "Er sagte, es regnet. Gut." {
		t.Errorf("doc = %+v", d)
	}
	if _, err := parseSpkAtt("x.json", []byte("{")); err == nil {
		t.Error("broken JSON accepted")
	}
}

func TestGenerate(t *testing.T) {
	text := "Erster Satz über den Hafen. Zweiter Satz mit mehr Details. Dritter Satz sagte er. " +
		"Vierter Satz zum Wetter. Fünfter Satz am Ende. Sechster Satz wurde erneut gesagt."
	var docs []Doc
	for i := 0; i < 40; i++ {
		docs = append(docs, Doc{ID: "d" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Text: text})
	}
	p := de.New()
	a, b := Generate(docs, p, Options{Seed: 3}), Generate(docs, p, Options{Seed: 3})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different stream")
	}
	kinds := map[string]int{}
	for i, it := range a {
		kinds[it.Kind]++
		if i > 0 && it.Time.Before(a[i-1].Time) {
			t.Fatal("stream not in time order")
		}
		if len(it.Paragraphs) == 0 || it.Article().Text == "" || len(it.Article().Blocks) != len(it.Paragraphs) {
			t.Fatalf("item without text: %+v", it)
		}
	}
	if kinds[KindOriginal] != len(docs) || kinds[KindRewrite] == 0 || kinds[KindPartial] == 0 {
		t.Errorf("kinds = %v", kinds)
	}
}

func TestSynthDeterministic(t *testing.T) {
	s, u := NewSynth(1), NewSynth(1)
	events := map[int]int{}
	for i := 0; i < 128; i++ {
		x, y := s.Item(i), u.Item(i)
		if !reflect.DeepEqual(x, y) {
			t.Fatal("synthetic item differs between generators")
		}
		events[x.Event]++
		if len(x.Analysis.Tokens) == 0 || x.Analysis.Tokens[len(x.Analysis.Tokens)-1].End != len(x.Article.Text) {
			t.Fatal("token offsets do not cover the text")
		}
	}
	for e, n := range events {
		if n != synthReports {
			t.Errorf("event %d has %d reports", e, n)
		}
	}
}

func FuzzReadGNAD(f *testing.F) {
	f.Add("Sport;'a ''b'' c'\n")
	f.Add(";\n;;''\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, _ := readGNAD(strings.NewReader(s), 0)
		for _, d := range docs {
			if strings.TrimSpace(d.Text) == "" {
				t.Fatal("empty doc")
			}
		}
	})
}

func FuzzParseSpkAtt(f *testing.F) {
	f.Add("1 - T (2005-01-01).json", `{"Sentences":[{"Tokens":["a","."]}]}`)
	f.Fuzz(func(t *testing.T, name, raw string) {
		parseSpkAtt(name, []byte(raw))
	})
}
