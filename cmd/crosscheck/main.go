// Command crosscheck turns a stream of news articles into stories you can verify.
// See README.md for the commands.
package main

import (
	"os"

	"crosscheck/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
