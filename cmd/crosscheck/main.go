// Command crosscheck turns a stream of news articles into stories you can verify.
// See README.md for the commands.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"crosscheck/cli"
)

func main() {
	stop := profile(os.Getenv("CROSSCHECK_CPUPROFILE"))
	code := cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	memProfile(os.Getenv("CROSSCHECK_MEMPROFILE"))
	os.Exit(code)
}

// memProfile writes the allocation profile of the whole command to path, when path is set:
// `go tool pprof -sample_index=alloc_space` shows what fed the garbage collector.
func memProfile(path string) {
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "crosscheck: CROSSCHECK_MEMPROFILE: %v\n", err)
	}
}

// profile writes a CPU profile of the whole command to path (for `go tool pprof`), when
// path is set: how the cost of a real ingest is measured (docs/quality.md, "Speed").
func profile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "crosscheck: CROSSCHECK_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
