package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
)

// FuzzParseDate: a date read is one the article model reads back, and reading it again
// gives it unchanged.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-11-14T08:00:00+01:00", "14.11.2024", "14. November 2024, 08:15 Uhr", "November 2024",
		"Thu, 14 Nov 2024 08:00:00 +0100", "2024", "9999-12-31", "31.12.0001", "Montag, 3. März 2025", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseDate(s)
		if err != nil {
			if err != errNotDate && err != errDateRange {
				t.Fatalf("%q: unexpected error %v", s, err)
			}
			return
		}
		if _, p := article.ParsePublished(v); p == article.PrecisionNone {
			t.Fatalf("%q read as %q, which the article model cannot read", s, v)
		}
		if again, err := parseDate(v); err != nil || again != v {
			t.Fatalf("%q read as %q, which reads as %q (%v)", s, v, again, err)
		}
	})
}

// FuzzDecodeText: text decoded from any bytes is valid UTF-8 without NUL and not blank, and
// the prose check reads it without failing in any other way.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("Der Sturm zog über die Küste."))
	f.Add([]byte("D\x00e\x00r\x00 \x00S\x00t\x00u\x00r\x00m\x00"))
	f.Add([]byte("\x00D\x00e\x00r\x00 \x00S\x00t\x00u\x00r\x00m"))
	f.Add([]byte("\xff\xfeD\x00e\x00r\x00"))
	f.Add([]byte("Der B\xfcrgermeister"))
	f.Add([]byte("\x7fELF\x00\x00\x01\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := decodeText(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) || strings.TrimSpace(text) == "" {
			t.Fatalf("decoded %q", text)
		}
		_ = notProse(text)
	})
}
