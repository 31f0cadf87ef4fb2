package lang_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/blevesearch/snowballstem"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/figure"
	"crosscheck/lang"
	"crosscheck/lang/textseg"
	"crosscheck/quote"
	"crosscheck/timex"
)

// toyPack is a language no extractor was written for (Esperanto, a few words of it): adding
// a language is adding a pack. Its lists are the only language data the stages may use.
func toyPack(t *testing.T) lang.Pack {
	t.Helper()
	files := fstest.MapFS{
		"words/stopwords.txt":     {Data: []byte("# toy\nla\nkaj\nen\nde\nal\nestas\nli\n")},
		"words/abbreviations.txt": {Data: []byte("# toy\ns-ro.\n")},
		"words/months.txt":        {Data: []byte("# toy\njanuaro\t1\nmarto\t3\nseptembro\t9\n")},
		"words/weekdays.txt":      {Data: []byte("# toy\nlundo\t1\nvendredo\t5\n")},
		"words/numbers.txt":       {Data: []byte("# toy\ndu\t2\ntri\t3\n")},
		"words/person_titles.txt": {Data: []byte("# toy\nministro\trole\ns-ro.\ttitle\n")},
		"words/speech_verbs.txt":  {Data: []byte("# toy\ndiris\tdiri\n")},
		"words/timex_grammar.txt": {Data: []byte("# toy\ninflection_endings\tn\narticles\tla\n")},
		"words/entity_rules.txt":  {Data: []byte("# toy\nministerio\torg_head\nrivero\tplace_lead\nla\tname_article\nde\tjoiner\n")},
	}
	p, err := textseg.NewPack(textseg.Config{Code: "eo", Words: files, Stem: func(s string) string {
		env := snowballstem.NewEnv(s)
		return env.Current()
	}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestToyPack runs the whole analysis on a pack the extractors know nothing of: they read
// its lists (months, titles, organisation nouns), find nothing by another language's words,
// and do not fail on what the pack lacks (no tagger, no clusters).
func TestToyPack(t *testing.T) {
	p := toyPack(t)
	az := analyze.New(lang.NewRegistry(p), entity.New(nil, entity.Options{}), quote.New(), figure.New(),
		timex.New(timex.Options{Anchor: time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)}))
	text := "La ministro Zamenhof Lazaro vizitis Berlin en marto 2024 kaj diris, ke la Ministerio de Sano laboras. " +
		"Im März 2023 kam Merkel."
	a := &article.Article{ID: "eo1", Language: "eo", Text: text,
		Blocks: []article.Block{{Kind: article.BlockParagraph, Start: 0, End: len([]rune(text))}}}
	an := az.Analyze(a)
	got := map[string]string{}
	for _, e := range an.Entities {
		got[e.Text] = e.Type
	}
	if got["Zamenhof Lazaro"] != article.EntityPerson {
		t.Errorf("the toy title gave no person: %v", got)
	}
	if got["Ministerio de Sano"] != article.EntityOrganisation {
		t.Errorf("the toy organisation noun gave no organisation: %v", got)
	}
	if got["Berlin"] != article.EntityPlace {
		t.Errorf("the city gazetteer, which is no language's, found no Berlin: %v", got)
	}
	var months []string
	for _, x := range an.Times {
		months = append(months, x.Text)
	}
	joined := strings.Join(months, "|")
	if !strings.Contains(joined, "marto") {
		t.Errorf("the toy month was not read as a date: %q", joined)
	}
	if strings.Contains(joined, "März") {
		t.Errorf("German month names were read in a toy-language text: %q", joined)
	}
}
