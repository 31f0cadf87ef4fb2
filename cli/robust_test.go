package cli

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestIngestURLRefusesLoopbackUnlessAllowPrivate(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Stadtrat beschließt neuen Haushalt</title></head><body><article><h1>Stadtrat beschließt neuen Haushalt</h1><p>%s</p></article></body></html>",
			strings.ReplaceAll(goodText, "\n", " "))
	}))
	defer srv.Close()
	data := t.TempDir()
	url := srv.URL + "/haushalt"
	code, _, errs := runCLI(t, data, "ingest", "-q", url)
	if code != 1 || !strings.Contains(errs, "refused to connect to 127.0.0.1") || !strings.Contains(errs, "--allow-private") {
		t.Fatalf("loopback URL: status %d, stderr %q", code, errs)
	}
	if n := strings.Count(errs, url); n != 1 {
		t.Errorf("stderr names the URL %d times:\n%s", n, errs)
	}
	code, out, errs := runCLI(t, data, "ingest", "-q", "--allow-private", url)
	if code != 0 || !strings.Contains(out, "new 1") {
		t.Fatalf("--allow-private: status %d\n%s%s", code, out, errs)
	}
}

// Each failed item is one line that names it once, and the run ends with a summary by reason.
func TestIngestNamesEachFailureOnce(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a_gut.txt", goodText)
	write("b_leer.txt", "")
	write("c_binaer.txt", "\x7fELF\x00\x00\x01\x02\x03\x00\x00\x00")
	write("d_endlos.txt", strings.Repeat("wort ", 30_000))
	write("e_liste.jsonl", `{"id": ["a", "b"], "text": "x"}`+"\n"+`{"id": "`+strings.Repeat("x", 5000)+`", "text": "Ein Text."}`+"\n")
	code, out, errs := runCLI(t, t.TempDir(), "ingest", "-q", dir)
	if code != 1 {
		t.Fatalf("status %d\n%s%s", code, out, errs)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if strings.HasPrefix(l, "crosscheck: ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 5 {
		t.Fatalf("%d failure lines, want 5:\n%s", len(lines), errs)
	}
	for _, l := range lines {
		name := strings.SplitN(strings.TrimPrefix(l, "crosscheck: "), ": ", 2)[0]
		if strings.Count(l, filepath.Base(name)) != 1 || len(l) > 400 {
			t.Errorf("line names its item more than once, or is too long: %q", l)
		}
	}
	for _, want := range []string{"not prose", "id must be a string or a number, not an array", "id too long"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(errs, "5 item(s) failed (1 binary file, 1 not prose, 1 empty, 2 other)") {
		t.Errorf("no summary by reason:\n%s", errs)
	}
}

// syncBuffer is a buffer the test reads while the command writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A failure is printed when its item is read, not at the end of the run: the second source
// is a named pipe that blocks the run until the first failure has appeared on stderr.
func TestIngestPrintsFailuresAsTheyHappen(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "kaputt.bin")
	os.WriteFile(bad, []byte("\x7fELF\x00\x00\x01\x02\x03\x00\x00\x00"), 0o644)
	fifo := filepath.Join(dir, "spaeter.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatalf("named pipe: %v", err)
	}
	var out, errb syncBuffer
	data := t.TempDir()
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Log: slog.New(slog.DiscardHandler),
		Getenv: func(k string) string {
			if k == "XDG_DATA_HOME" {
				return data
			}
			return ""
		}}
	done := make(chan int)
	go func() { done <- run(context.Background(), env, []string{"ingest", "-q", bad, fifo}) }()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(errb.String(), "kaputt.bin: binary file") {
		if time.Now().After(deadline) {
			t.Fatalf("the failure was not printed while the run went on; stderr: %q", errb.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString(goodText)
	w.Close()
	if code := <-done; code != 1 || !strings.Contains(out.String(), "new 1") {
		t.Fatalf("status %d\n%s%s", code, out.String(), errb.String())
	}
	if n := strings.Count(errb.String(), "kaputt.bin"); n != 1 {
		t.Errorf("the failure is named %d times:\n%s", n, errb.String())
	}
}
