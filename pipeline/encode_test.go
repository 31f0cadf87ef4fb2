package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"crosscheck/app"
	"crosscheck/pipeline"
	"crosscheck/store"
	"crosscheck/store/sqlite"
)

// encodingStore counts what passes through a store.Encoder.
type encodingStore struct {
	store.Store
	mu                            sync.Mutex
	encodes, stored, storedEncode int
}

func (s *encodingStore) Encode(it store.Item) (any, error) {
	s.mu.Lock()
	s.encodes++
	s.mu.Unlock()
	return s.Store.(store.Encoder).Encode(it)
}

func (s *encodingStore) PutBatch(ctx context.Context, items []store.Item) ([]store.Result, error) {
	s.mu.Lock()
	for _, it := range items {
		s.stored++
		if it.Encoded != nil {
			s.storedEncode++
		}
	}
	s.mu.Unlock()
	return s.Store.PutBatch(ctx, items)
}

// TestItemsEncodedBeforeStoring: with a store.Encoder, every analysed item reaches PutBatch
// encoded by the analysis goroutines, and what is stored is the item.
func TestItemsEncodedBeforeStoring(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	texts := map[string]string{
		"p1": "Der Stadtrat von Beispielstadt hat am Dienstag einen neuen Haushalt beschlossen. Die Opposition stimmte dagegen.",
		"p2": "Ein Sturm hat in der Nacht zum Mittwoch mehrere Bäume umgeworfen. Verletzt wurde niemand, teilte die Feuerwehr mit.",
		"p3": "Die Bibliothek öffnet ab Montag wieder zu den gewohnten Zeiten. Die Renovierung dauerte drei Monate.",
	}
	f, err := os.Create(filepath.Join(dir, "in.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, id := range []string{"p1", "p2", "p3"} {
		if err := enc.Encode(map[string]string{"id": id, "title": "Meldung " + id, "published": "2024-05-02", "text": texts[id]}); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	inner, err := sqlite.Open(ctx, filepath.Join(dir, "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer inner.Close()
	s := &encodingStore{Store: inner}
	e := &pipeline.Engine{Store: s, Analyzer: app.Analyzer(app.Registry()), Ingest: app.IngestOptions()}
	st, fails, err := e.Run(ctx, []string{f.Name()}, nil)
	if err != nil || len(fails) > 0 || st.New != 3 {
		t.Fatalf("run: %+v %v %v", st, fails, err)
	}
	if s.encodes != 3 || s.stored != 3 || s.storedEncode != 3 {
		t.Errorf("encoded %d, stored %d, of them encoded %d; want 3 each", s.encodes, s.stored, s.storedEncode)
	}
	for id, want := range texts {
		r, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want = "Meldung " + id + "\n\n" + want // the title heads the text
		if r.Article.Text != want || r.Analysis == nil || len(r.Analysis.Sentences) == 0 {
			t.Errorf("%s: stored %q with %d sentences", id, r.Article.Text, len(r.Analysis.Sentences))
		}
	}
}
