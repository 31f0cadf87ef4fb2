package pipeline_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// splitJSONL deals the lines of a JSON Lines file round-robin into n files in dir.
func splitJSONL(src, dir string, n int) ([]string, error) {
	f, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var outs []*os.File
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i))
		o, err := os.Create(p)
		if err != nil {
			return nil, err
		}
		defer o.Close()
		outs = append(outs, o)
		paths = append(paths, p)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 0; sc.Scan(); i++ {
		if _, err := fmt.Fprintln(outs[i%n], sc.Text()); err != nil {
			return nil, err
		}
	}
	return paths, sc.Err()
}
