package main

import (
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run this very binary as "crosscheck", so a script exercises the
// command a user runs, flags, exit status and all, without building it first.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"crosscheck": main})
}

// TestScripts runs testdata/script/*.txtar: the CLI's behaviour as a user meets it (help,
// ingest, stories, story, bad input, corrections), on articles we wrote into the scripts.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			// No default database or data folder outside the script's own directory.
			env.Setenv("XDG_DATA_HOME", env.WorkDir+"/data")
			env.Setenv("CROSSCHECK_DB", "")
			return nil
		},
	})
}
