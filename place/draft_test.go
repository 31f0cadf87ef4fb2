package place

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/pipeline"
	"crosscheck/store"
)

// draftArticle is an analysed article written for these tests, with a title, a lead, a
// body paragraph and a furniture block.
func draftArticle(t *testing.T) (*lang.Registry, *article.Article, *article.Analysis) {
	t.Helper()
	reg := lang.NewRegistry(de.New())
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, "Rente beschlossen: 3,5 Milliarden Euro im Jahr")
	tb.Add(article.BlockParagraph, "Die Bundesregierung in Berlin beschloss am Montag, dem 3. März 2025, ein neues Gesetz zur Rente, sagte Arbeitsminister Hubertus Heil.")
	tb.Add(article.BlockParagraph, "Die Union kritisierte die Kosten. Der Bundestag berät das Gesetz im April in erster Lesung.")
	tb.Add(article.BlockParagraph, "Jetzt den Newsletter abonnieren und keine Nachricht aus Berlin verpassen.")
	a := &article.Article{ID: "d1", Language: "de", Published: "2025-03-03T10:00:00Z", Title: "Rente beschlossen: 3,5 Milliarden Euro im Jahr"}
	tb.Fill(a)
	an := analyze.New(reg, entity.New(nil, entity.Options{})).Analyze(a)
	if len(an.Tokens) == 0 || len(an.Entities) == 0 {
		t.Fatal("no tokens or entities: the test shows less than it should")
	}
	return reg, a, an
}

// A profile finished from its draft is the profile BuildProfile makes, with the same
// vocabulary counts; each finish makes a profile of its own.
func TestProfileDraftIsBuildProfile(t *testing.T) {
	reg, a, an := draftArticle(t)
	pack, _ := reg.Get("de")
	for _, furn := range []map[int]bool{nil, {3: true}} {
		v1, v2 := NewMemVocab(), NewMemVocab()
		want, err := BuildProfile(a, an, pack, furn, v1)
		if err != nil {
			t.Fatal(err)
		}
		d := draftProfile(a, an, pack, furn)
		got, err := d.finish(pack, v2)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(v1, v2) {
			t.Errorf("furniture %v: from the draft %+v, built %+v", furn, got, want)
		}
		// A second finish (a placement tried again) is not changed by what was done to the first.
		got.Display["n:x"] = "x"
		if len(got.Scores) > 0 {
			got.Scores[0] = "x"
		}
		if len(got.Dates) > 0 {
			got.Dates[0] = 0
		}
		again, err := d.finish(pack, NewMemVocab())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(again, want) {
			t.Errorf("furniture %v: a second finish %+v, want %+v", furn, again, want)
		}
	}
}

// The profile drafted when a version is primed with what Prepare made is taken only for the
// very article and analysis placement reads, and was drafted without furniture.
func TestPrimedProfileDraft(t *testing.T) {
	reg, a, an := draftArticle(t)
	pack, _ := reg.Get("de")
	p := &Placer{reg: reg}
	rec := &store.Record{Seq: 3, Article: a, Analysis: an}
	p.PrimePrepared(rec, Prepare(a, an))
	job := p.profileJob(rec)
	if job == nil {
		t.Fatal("no draft for a prepared version")
	}
	d := job.draftFor(a, an)
	if d == nil {
		t.Fatal("no draft for the prepared article and analysis")
	}
	if want := draftProfile(a, an, pack, nil); !reflect.DeepEqual(d, want) {
		t.Errorf("draft %+v, want %+v", d, want)
	}
	if job.draftFor(a, analyze.New(reg).Analyze(a)) != nil {
		t.Error("a draft taken for another analysis")
	}
	b := *a
	if job.draftFor(&b, an) != nil {
		t.Error("a draft taken for another article")
	}
	p.Prime(&store.Record{Seq: 4, Article: a, Analysis: an})
	if p.profileJob(&store.Record{Seq: 4}) != nil || p.profileJob(&store.Record{Seq: 5}) != nil {
		t.Error("a draft without Prepare")
	}
}

// dialectDB is a DB of a dialect, for what asks only that.
type dialectDB struct{ d store.Dialect }

func (d dialectDB) Dialect() store.Dialect                        { return d.d }
func (dialectDB) DB() *sql.DB                                     { return nil }
func (dialectDB) Migrate(context.Context, string, []string) error { return nil }

// A batch's statements run, on SQLite, with a context that is never done (so the driver
// starts no goroutine to watch it), on PostgreSQL with the caller's.
func TestStatementContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, c := range []struct {
		d    store.Dialect
		done bool
	}{{store.SQLite, false}, {store.Postgres, true}} {
		p := &Placer{db: dialectDB{d: c.d}}
		if got := p.statementContext(ctx).Done() != nil; got != c.done {
			t.Errorf("%s: statement context can be done: %v, want %v", c.d, got, c.done)
		}
	}
}

// A placement session of the pipeline is placed in one transaction by default.
func TestDefaultBatchHoldsASession(t *testing.T) {
	if b := (Options{}).withDefaults().Batch; b < pipeline.DefaultPlaceEvery {
		t.Errorf("default batch %d: a session of %d takes more than one transaction", b, pipeline.DefaultPlaceEvery)
	}
}
