package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"crosscheck/app"
	"crosscheck/internal/testenv"
	"crosscheck/store"
	"crosscheck/store/postgres"
	"crosscheck/store/sqlite"
	"crosscheck/store/storetest"
)

// kills is how many processes each kill loop kills.
const kills = 20

func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "crosscheck")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func start(t *testing.T, bin string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "CROSSCHECK_DB=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

func run(t *testing.T, bin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "CROSSCHECK_DB=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("crosscheck %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// versions lists every stored version as "id vN hash", sorted: what must be stored exactly
// once whatever was killed on the way.
func versions(t *testing.T, s store.Store) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	var ids []string
	s.List(ctx, func(m store.Meta) error { ids = append(ids, m.ID); return nil })
	for _, id := range ids {
		vs, err := s.Versions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			out = append(out, fmt.Sprintf("%s v%d %s", id, v.Version, v.Hash))
		}
	}
	sort.Strings(out)
	return out
}

func stories(t *testing.T, s store.Store) string {
	st, err := app.Stories(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(st)
	return string(b)
}

// killLoop starts processes made by next, kills each with SIGKILL at a random moment, kills
// times; a process that ends before its moment is simply started again.
func killLoop(t *testing.T, rng *rand.Rand, next func(round int) []*exec.Cmd) {
	for round := range kills {
		cmds := next(round)
		victim := cmds[rng.IntN(len(cmds))]
		exited := make(chan struct{})
		go func() { victim.Wait(); close(exited) }()
		select {
		case <-time.After(time.Duration(100+rng.IntN(3500)) * time.Millisecond):
			victim.Process.Signal(syscall.SIGKILL)
			<-exited
		case <-exited:
		}
		for _, c := range cmds {
			if c != victim {
				c.Process.Signal(syscall.SIGKILL)
				c.Wait()
			}
		}
	}
}

func reference(t *testing.T, bin, src string) (vs []string, st string) {
	db := filepath.Join(t.TempDir(), "ref.db")
	run(t, bin, "ingest", "-q", "--db", db, src)
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return versions(t, s), stories(t, s)
}

func compare(t *testing.T, s store.Store, wantVersions []string, wantStories string) {
	t.Helper()
	got := versions(t, s)
	if strings.Join(got, "\n") != strings.Join(wantVersions, "\n") {
		t.Errorf("after the kills and a re-run: %d versions stored, an uninterrupted run stores %d", len(got), len(wantVersions))
	}
	// Placement writes its tables and its cursor in one transaction: whatever a kill
	// interrupts is placed again from the cursor, exactly as an uninterrupted run places it.
	if got := stories(t, s); got != wantStories {
		t.Errorf("after the kills and a re-run the stories differ from an uninterrupted run's:\n%s\nwant\n%s", got, wantStories)
	}
}

// TestKillIngestSQLite kills `crosscheck ingest` at random moments, then runs it once to
// the end: every article is stored exactly once and the file is sound.
func TestKillIngestSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("kill loop: a minute or two")
	}
	src := testenv.SharedFile(t, "eval/trends-de/window-2024-09-01..10.jsonl")
	bin := build(t)
	wantV, wantS := reference(t, bin, src)
	db := filepath.Join(t.TempDir(), "killed.db")
	rng := rand.New(rand.NewPCG(1, 2))
	killLoop(t, rng, func(int) []*exec.Cmd {
		// Two processes on the file at once half of the time.
		cmds := []*exec.Cmd{start(t, bin, "ingest", "-q", "--db", db, src)}
		if rng.IntN(2) == 0 {
			cmds = append(cmds, start(t, bin, "ingest", "-q", "--db", db, src))
		}
		return cmds
	})
	run(t, bin, "ingest", "-q", "--db", db, src)
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.IntegrityCheck(context.Background()); err != nil || v != "ok" {
		t.Fatalf("integrity_check: %s %v", v, err)
	}
	compare(t, s, wantV, wantS)
}

// TestKillWorkersPostgres kills ingest and worker processes sharing one PostgreSQL
// database at random moments, then runs an ingest to the end: every article is stored
// exactly once, no job is left open, and the counters agree with the rows.
func TestKillWorkersPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("kill loop: a minute or two")
	}
	url := storetest.PostgresURL(t)
	src := testenv.SharedFile(t, "eval/trends-de/window-2024-09-01..10.jsonl")
	bin := build(t)
	wantV, wantS := reference(t, bin, src)
	rng := rand.New(rand.NewPCG(3, 4))
	killLoop(t, rng, func(round int) []*exec.Cmd {
		cmds := []*exec.Cmd{start(t, bin, "worker", "-q", "--db", url)}
		switch round % 3 {
		case 0:
			cmds = append(cmds, start(t, bin, "ingest", "-q", "--db", url, src))
		case 1:
			cmds = append(cmds, start(t, bin, "ingest", "-q", "--enqueue-only", "--db", url, src), start(t, bin, "worker", "-q", "--db", url))
		}
		return cmds
	})
	run(t, bin, "ingest", "-q", "--db", url, src)
	run(t, bin, "worker", "-q", "--exit-when-idle", "--db", url)
	ctx := context.Background()
	s, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	js, err := s.Stats(ctx, 0, 0)
	if err != nil || js.Open != 0 || js.Failed != 0 {
		t.Fatalf("jobs after the re-run: %+v %v", js, err)
	}
	var rows, counted int
	s.DB().QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE latest = 1`).Scan(&rows)
	s.DB().QueryRowContext(ctx, `SELECT n FROM counters WHERE name = 'articles'`).Scan(&counted)
	if rows != counted {
		t.Fatalf("%d latest rows, counter says %d", rows, counted)
	}
	compare(t, s, wantV, wantS)
}
