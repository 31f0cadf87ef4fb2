package article

import "testing"

// FuzzParsePublished: a date read is written back at its precision, and that reads again as
// the same date at the same precision.
func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2024", "2024-11", "2024-11-14", "2024-11-14T08:00", "2024-11-14T08:00:00+01:00", "2024-11-14T08:00:00.123Z", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, p := ParsePublished(s)
		if p == PrecisionNone {
			return
		}
		out := FormatPublished(tm, p)
		tm2, p2 := ParsePublished(out)
		if p2 != p || FormatPublished(tm2, p2) != out {
			t.Fatalf("%q read as %v at %d, written %q, read again at %d as %q", s, tm, p, out, p2, FormatPublished(tm2, p2))
		}
	})
}
