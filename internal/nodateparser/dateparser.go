// Package dateparser stands in for github.com/markusmobius/go-dateparser in crosscheck's
// build (a replace directive in the root go.mod points here). It is written for crosscheck,
// not taken from that module.
//
// Why: go-trafilatura reads a page's date with go-htmldate, which imports go-dateparser, and
// go-dateparser builds its data for some 200 locales (thousands of regular expressions) in
// package init: about 240 ms and 78 MB on every start of every crosscheck command, `help`
// included, whether or not a page is ever read. Go runs every linked package's init, and no
// version of these modules that the module proxy serves defers it.
//
// What it costs: nothing. go-htmldate calls the date parser only in its extensive search,
// and crosscheck runs trafilatura with HtmlDateMode Fast (ingest/html.go), which skips that
// search; a page's date comes from its metadata, JSON-LD, <time> elements, URL and go-htmldate's
// own patterns exactly as before. Should a caller ask for the extensive search anyway, Parse
// fails with ErrNotBuilt, which go-htmldate treats as "no date found".
package dateparser

import (
	"errors"
	"time"
)

// ErrNotBuilt is what Parse returns: the locale data this parser would need is not linked.
var ErrNotBuilt = errors.New("dateparser: free-text date parsing is not built into crosscheck (use go-htmldate's fast mode)")

// ParserType names one of the parsing strategies a Parser tries.
type ParserType uint8

// The parser types go-htmldate names.
const (
	Timestamp ParserType = iota
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says how to complete a date that lacks parts.
type PreferredDateSource uint8

// The date sources go-htmldate names.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration is the subset of settings go-htmldate sets.
type Configuration struct {
	Locales             []string
	Languages           []string
	CurrentTime         time.Time
	DefaultTimezone     *time.Location
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// Date is a parse result.
type Date struct {
	Time time.Time
}

// Parser parses free-text dates; in this build it parses none.
type Parser struct {
	ParserTypes []ParserType
}

// Parse always fails with ErrNotBuilt.
func (p *Parser) Parse(cfg *Configuration, s string, formats ...string) (Date, error) {
	return Date{}, ErrNotBuilt
}
