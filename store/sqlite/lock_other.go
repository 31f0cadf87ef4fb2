//go:build !unix

package sqlite

import "os"

// Without flock the lock only serialises placement within one process; run one crosscheck
// process per database file on such systems.
func flock(*os.File) (bool, error) { return true, nil }

func funlock(*os.File) {}
