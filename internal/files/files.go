// Package files holds the file helpers that tests and measuring tools share: copying a
// cached database before a run writes to it.
package files

import (
	"io"
	"os"
)

// Copy copies the file from to a new file to, replacing it.
func Copy(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
