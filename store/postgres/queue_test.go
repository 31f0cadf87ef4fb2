package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"crosscheck/article"
	"crosscheck/store"
)

func jobsOf(texts ...string) []store.Job {
	var out []store.Job
	for i, t := range texts {
		out = append(out, store.Job{Name: fmt.Sprintf("item %d", i), Article: &article.Article{ID: fmt.Sprintf("j%d", i), Language: "de", Text: t}})
	}
	return out
}

func analyseAll(jobs []store.Job) ([]store.Analysed, error) {
	var out []store.Analysed
	for _, j := range jobs {
		out = append(out, store.Analysed{Seq: j.Seq, Analysis: &article.Analysis{}})
	}
	return out, nil
}

// TestQueueStoresInJobOrder: jobs analysed out of order are stored in job order, and not
// before every job ahead of them is analysed.
func TestQueueStoresInJobOrder(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	first, last, err := s.Enqueue(ctx, jobsOf("Eins.", "Zwei.", "Drei.", "Vier."))
	if err != nil || last-first != 3 {
		t.Fatalf("enqueue: %d..%d %v", first, last, err)
	}
	// A worker holds the first two jobs (its transaction is open) while another analyses
	// the last two.
	hold := make(chan struct{})
	held := make(chan struct{})
	done := make(chan error)
	go func() {
		_, err := s.Claim(ctx, 2, func(jobs []store.Job) ([]store.Analysed, error) {
			close(held)
			<-hold
			return analyseAll(jobs)
		})
		done <- err
	}()
	<-held
	n, err := s.Claim(ctx, 10, analyseAll)
	if err != nil || n != 2 {
		t.Fatalf("second claim: %d %v", n, err)
	}
	if c, err := s.Commit(ctx, 10, nil, nil); err != nil || c != 0 {
		t.Fatalf("commit while the first jobs are analysed: %d %v", c, err)
	}
	if recs, _ := s.Placeable(ctx, 0, 10); len(recs) != 0 {
		t.Fatalf("placeable before the first jobs are done: %d", len(recs))
	}
	close(hold)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if c, err := s.Commit(ctx, 10, nil, nil); err != nil || c != 4 {
		t.Fatalf("commit: %d %v", c, err)
	}
	recs, _ := s.Placeable(ctx, 0, 10)
	for i, r := range recs {
		if r.Seq != first+int64(i) || r.Article.ID != fmt.Sprintf("j%d", i) {
			t.Fatalf("record %d: seq %d id %s, want seq %d", i, r.Seq, r.Article.ID, first+int64(i))
		}
	}
	st, err := s.Stats(ctx, first, last)
	if err != nil || st.New != 4 || st.Open != 0 {
		t.Fatalf("stats: %+v %v", st, err)
	}
}

// TestQueueDeadWorkerReleasesJobs: a claim that fails (as a killed worker's does) leaves its
// jobs queued for the next worker; concurrent workers never share a job.
func TestQueueDeadWorkerReleasesJobs(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	texts := make([]string, 40)
	for i := range texts {
		texts[i] = fmt.Sprintf("Text %d.", i)
	}
	if _, _, err := s.Enqueue(ctx, jobsOf(texts...)); err != nil {
		t.Fatal(err)
	}
	died := errors.New("killed")
	if _, err := s.Claim(ctx, 5, func([]store.Job) ([]store.Analysed, error) { return nil, died }); !errors.Is(err, died) {
		t.Fatalf("claim: %v", err)
	}
	var mu sync.Mutex
	seen := map[int64]int{}
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n, err := s.Claim(ctx, 3, func(jobs []store.Job) ([]store.Analysed, error) {
					mu.Lock()
					for _, j := range jobs {
						seen[j.Seq]++
					}
					mu.Unlock()
					return analyseAll(jobs)
				})
				if err != nil {
					t.Error(err)
				}
				if n == 0 || err != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	if len(seen) != 40 {
		t.Fatalf("%d jobs analysed, want 40", len(seen))
	}
	for seq, n := range seen {
		if n != 1 {
			t.Fatalf("job %d analysed %d times", seq, n)
		}
	}
	for {
		c, err := s.Commit(ctx, 16, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if c == 0 {
			break
		}
	}
	if n, _ := s.Count(ctx); n != 40 {
		t.Fatalf("%d stored, want 40", n)
	}
}

// TestQueueKnownContentNeedsNoAnalysis: a job whose own id has its content is not even
// queued; one whose content is known through its URL is committed without analysis, unless a
// job ahead of it made that content new for its article after all: then it is analysed when
// committed.
func TestQueueKnownContentNeedsNoAnalysis(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	const u = "https://example.org/y"
	if _, _, err := s.Put(ctx, &article.Article{ID: "y", URL: u, Language: "de", Text: "Alt."}, &article.Analysis{}); err != nil {
		t.Fatal(err)
	}
	jobs := []store.Job{
		{Name: "same", Article: &article.Article{ID: "y", Language: "de", Text: "Alt."}},
		{Name: "new x", Article: &article.Article{ID: "x", Language: "de", Text: "Anders."}},
		// Known through its URL when the worker looks, but once "new x" is stored its id
		// names another article, which never had this content.
		{Name: "x with y's URL", Article: &article.Article{ID: "x", URL: u, Language: "de", Text: "Alt."}},
	}
	first, last, _ := s.Enqueue(ctx, jobs)
	if jobs[0].Seq != 0 || jobs[1].Seq != first || jobs[2].Seq != last {
		t.Fatalf("a job whose id has its content is not queued: seqs %d %d %d, range %d..%d", jobs[0].Seq, jobs[1].Seq, jobs[2].Seq, first, last)
	}
	s.Claim(ctx, 10, func(jobs []store.Job) ([]store.Analysed, error) {
		var out []store.Analysed
		for _, j := range jobs {
			d := store.Analysed{Seq: j.Seq}
			if known, _ := s.Known(ctx, j.Article.ID, j.Article.URL, j.Article.ContentHash()); !known {
				d.Analysis = &article.Analysis{}
			}
			out = append(out, d)
		}
		return out, nil
	})
	analysed := 0
	if _, err := s.Commit(ctx, 10, func(*article.Article) (*article.Analysis, error) { analysed++; return &article.Analysis{}, nil }, nil); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx, first, last)
	if st.New != 1 || st.Updated != 1 || analysed != 1 {
		t.Fatalf("stats %+v, analysed at commit %d", st, analysed)
	}
	vs, _ := s.Versions(ctx, "x")
	if len(vs) != 2 || vs[1].Article.Text != "Alt." {
		t.Fatalf("versions of x: %d", len(vs))
	}
}
