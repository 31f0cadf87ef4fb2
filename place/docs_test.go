package place

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/link"
	"crosscheck/store"
)

// The cache keeps docs compact once featurised: a doc that leaves it leaves its Terms behind
// when its features were made, and only then; a new version of the article drops them; a
// doc held has none to give; a doc put before its features were made is compacted when
// fetched.
func TestDocCacheKeepsTermsOfEvicted(t *testing.T) {
	c := newDocCache(nil, nil)
	pack := de.New()
	doc := func(id string) *link.Doc {
		text := "Die Regierung in Berlin beschloss am Montag ein neues Gesetz zur Rente von " + id + "."
		a := &article.Article{ID: id, Language: "de", Text: text}
		an := &article.Analysis{}
		analyze.Segment(a, an, pack)
		return &link.Doc{Article: a, Analysis: an}
	}
	featured := doc("featured")
	link.MayDerive(featured, featured) // makes its features
	c.put("featured", featured)
	c.put("plain", doc("plain"))
	if _, ok := c.Terms("featured"); ok {
		t.Fatal("Terms of a doc held: want false")
	}
	if e := c.docs["featured"]; e == nil || len(e.d.Analysis.Tokens) != 0 || len(e.d.Analysis.Sentences) == 0 {
		t.Fatal("the featurised doc held is not compact (no tokens, its sentences)")
	}
	if e := c.docs["plain"]; e == nil || len(e.d.Analysis.Tokens) == 0 || e.d.Featured() {
		t.Fatal("a doc put without features was featurised or compacted")
	}
	c.put("fetched", doc("fetched"))
	if d, err := c.Doc("fetched"); err != nil || !d.Featured() || len(d.Analysis.Tokens) != 0 || c.docs["fetched"].d != d {
		t.Fatal("a doc put without features is not compacted, and kept so, when fetched")
	}
	for i := range maxDocs {
		c.put(fmt.Sprint("filler", i), doc(fmt.Sprint("filler", i)))
	}
	if _, ok := c.docs["featured"]; ok {
		t.Fatal("the oldest doc is still held: the test evicts nothing")
	}
	want, _ := featured.Terms()
	if len(want) == 0 {
		t.Fatal("the doc has no terms: the test shows nothing")
	}
	if got, ok := c.Terms("featured"); !ok || len(got) != len(want) {
		t.Errorf("Terms of the evicted featured doc = %v, %v; want %v", got, ok, want)
	}
	if _, ok := c.Terms("plain"); ok {
		t.Error("Terms of an evicted doc never featurised: want false")
	}
	c.put("featured", doc("featured"))
	c.docs = map[string]*docEntry{}
	if _, ok := c.Terms("featured"); ok {
		t.Error("Terms of an earlier version after a new one was put: want false")
	}
}

// A version primed with the analysis that was stored gives the placer the tokens and
// sentences docOf remakes from the stored record (furniture marked, titles and paragraphs),
// and only for the version it was primed with.
func TestPrimedDocIsDocOf(t *testing.T) {
	reg := lang.NewRegistry(de.New())
	a := &article.Article{ID: "a1", Language: "de", Title: "Rente beschlossen",
		Text: "Rente beschlossen\nDie Regierung in Berlin beschloss am Montag ein neues Gesetz zur Rente. Es gilt ab Juli, sagte Dr. Müller.\nMehr zum Thema: Rente"}
	a.Blocks = []article.Block{{Kind: article.BlockTitle, Start: 0, End: 17}, {Kind: article.BlockParagraph, Start: 18, End: 124}, {Kind: article.BlockFurniture, Start: 125, End: 146}}
	an := analyze.New(reg).Analyze(a)
	if len(an.Tokens) == 0 {
		t.Fatal("no tokens: the test shows nothing")
	}
	// As read back from the store: no tokens, sentences without their token ranges.
	stored := &article.Analysis{}
	for _, s := range an.Sentences {
		stored.Sentences = append(stored.Sentences, article.Sentence{Start: s.Start, End: s.End})
	}
	rec := &store.Record{Seq: 7, Article: a, Analysis: stored}
	want := docOf(rec, reg)
	p := &Placer{reg: reg}
	p.Prime(&store.Record{Seq: 7, Article: a, Analysis: an})
	got := p.docFor(rec)
	if !reflect.DeepEqual(got.Analysis.Tokens, want.Analysis.Tokens) || !reflect.DeepEqual(got.Analysis.Sentences, want.Analysis.Sentences) {
		t.Errorf("primed doc differs from docOf:\n got %v\n%v\nwant %v\n%v", got.Analysis.Tokens, got.Analysis.Sentences, want.Analysis.Tokens, want.Analysis.Sentences)
	}
	if len(p.primed.m) != 0 {
		t.Error("a primed version stays primed after its placement")
	}
	p.Prime(&store.Record{Seq: 8, Article: a, Analysis: an})
	other := &store.Record{Seq: 9, Article: a, Analysis: stored}
	if d := p.docFor(other); &d.Analysis.Tokens[0] == &an.Tokens[0] {
		t.Error("another version took a primed version's tokens")
	}
}

// A version prepared from the analysis it was stored with (Prepare, in the pipeline's
// analysis goroutines) gives the placed doc the features and signature it would make itself
// from the stored record: the same comparisons with other articles, the same signature.
func TestPreparedDocIsDocOf(t *testing.T) {
	reg := lang.NewRegistry(de.New())
	az := analyze.New(reg, entity.New(nil, entity.Options{}))
	text := "Rente beschlossen\nDie Bundesregierung in Berlin beschloss am Montag ein neues Gesetz zur Rente. " +
		"Es gilt ab Juli 2025, sagte Arbeitsminister Hubertus Heil der Deutschen Presse-Agentur. " +
		"Die Union kritisierte die Kosten von 3,5 Milliarden Euro im Jahr.\nMehr zum Thema: Rente"
	a := &article.Article{ID: "a1", Language: "de", Title: "Rente beschlossen", Text: text}
	r := []rune(text)
	a.Blocks = []article.Block{{Kind: article.BlockTitle, Start: 0, End: 17}, {Kind: article.BlockParagraph, Start: 18, End: len(r) - 22},
		{Kind: article.BlockFurniture, Start: len(r) - 21, End: len(r)}}
	an := az.Analyze(a)
	if len(an.Entities) == 0 {
		t.Fatal("no entities: the test shows less than it should")
	}
	prepared := Prepare(a, an)
	// As the store keeps and gives them back: JSON, without tokens.
	aj, _ := json.Marshal(a)
	nj, _ := json.Marshal(an)
	rec := &store.Record{Seq: 7, Article: &article.Article{}, Analysis: &article.Analysis{}}
	if err := json.Unmarshal(aj, rec.Article); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(nj, rec.Analysis); err != nil {
		t.Fatal(err)
	}
	p := &Placer{reg: reg}
	p.Prime(&store.Record{Seq: 7, Article: a, Analysis: an})
	want := p.docFor(rec)
	p.PrimePrepared(&store.Record{Seq: 7, Article: a, Analysis: an}, prepared)
	got := p.docFor(rec)
	if got == want {
		t.Fatal("the same doc twice")
	}
	if gs, ws := link.NewSignature(got), link.NewSignature(want); !reflect.DeepEqual(gs, ws) || len(gs.Anchors) == 0 {
		t.Errorf("signature of the prepared doc %v, made from the record %v", gs, ws)
	}
	gt, gok := got.Terms()
	wt, wok := want.Terms()
	if !gok || !wok || !reflect.DeepEqual(gt, wt) {
		t.Errorf("terms of the prepared doc %v (%v), made from the record %v (%v)", gt, gok, wt, wok)
	}
	// Unprepared: another analysis object (a re-analysis, say) is not taken.
	p.PrimePrepared(&store.Record{Seq: 8, Article: a, Analysis: an}, Prepare(a, az.Analyze(a)))
	if p.primed.m[8].prep != nil {
		t.Error("a doc prepared from another analysis was taken")
	}
}

// The paragraph hashes Prepare makes are those furniture would make from the record placed,
// and are taken only for the same text and blocks.
func TestPreparedParagraphsAreTheRecords(t *testing.T) {
	reg := lang.NewRegistry(de.New())
	text := "Rente beschlossen\nDie Bundesregierung in Berlin beschloss am Montag ein neues Gesetz zur Rente.\n" +
		"Newsletter: Jetzt 2 Wochen gratis lesen!\nMehr dazu"
	r := []rune(text)
	a := &article.Article{ID: "a1", Language: "de", Title: "Rente beschlossen", Text: text}
	a.Blocks = []article.Block{{Kind: article.BlockTitle, Start: 0, End: 17}, {Kind: article.BlockParagraph, Start: 18, End: 96},
		{Kind: article.BlockParagraph, Start: 97, End: 136}, {Kind: article.BlockHeading, Start: 137, End: len(r)}}
	an := analyze.New(reg).Analyze(a)
	aj, _ := json.Marshal(a)
	stored := &article.Article{}
	if err := json.Unmarshal(aj, stored); err != nil {
		t.Fatal(err)
	}
	rec := &store.Record{Seq: 7, Article: stored, Analysis: &article.Analysis{}}
	p := &Placer{reg: reg}
	if _, ok := p.paragraphsFor(rec); ok {
		t.Fatal("paragraphs of a version never primed")
	}
	p.PrimePrepared(&store.Record{Seq: 7, Article: a, Analysis: an}, Prepare(a, an))
	got, ok := p.paragraphsFor(rec)
	want := paragraphHashes(stored)
	if !ok || !reflect.DeepEqual(got, want) || len(want) != 2 {
		t.Errorf("prepared paragraphs %v (%v), the record's %v (want two: the short heading is left out)", got, ok, want)
	}
	moved := *stored
	moved.Blocks = append([]article.Block(nil), stored.Blocks...)
	moved.Blocks[2].Start++
	if _, ok := p.paragraphsFor(&store.Record{Seq: 7, Article: &moved, Analysis: &article.Analysis{}}); ok {
		t.Error("paragraphs taken for other blocks")
	}
}
