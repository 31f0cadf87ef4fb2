// Package testenv lets tests find what lies outside the repository (../shared, a browser, a
// database) and skip with a clear message when it is missing, except under
// CROSSCHECK_REQUIRE_ALL=1 (as .ci/run sets), where a missing requirement fails the test.
package testenv

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// RequireAll reports whether tests must not skip for missing requirements.
func RequireAll() bool { return os.Getenv("CROSSCHECK_REQUIRE_ALL") == "1" }

// Skip skips the test with msg, or fails it when CROSSCHECK_REQUIRE_ALL=1.
func Skip(tb testing.TB, msg string) {
	tb.Helper()
	if RequireAll() {
		tb.Fatalf("required by CROSSCHECK_REQUIRE_ALL=1: %s", msg)
	}
	tb.Skip(msg)
}

// RepoRoot returns the repository's root folder.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Shared returns the path of ../shared (the folder beside the repository, or
// $CROSSCHECK_SHARED), skipping the test when it is absent.
func Shared(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("CROSSCHECK_SHARED")
	if dir == "" {
		dir = filepath.Join(RepoRoot(), "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus", "seeds.gold.json")); err != nil {
		Skip(tb, "needs ../shared beside the repository (or CROSSCHECK_SHARED) with corpus/ and eval/: "+err.Error())
	}
	return dir
}

// SharedFile returns the path of a file or folder below ../shared, skipping when absent.
func SharedFile(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Shared(tb), rel)
	if _, err := os.Stat(p); err != nil {
		Skip(tb, "needs "+rel+" in ../shared: "+err.Error())
	}
	return p
}
