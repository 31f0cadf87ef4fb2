package gnad

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Record
		err      bool
	}{
		{"plain", "Sport;'Ein Tor.'\n", []Record{{"Sport", "Ein Tor.", 1}}, false},
		{"escaped quote", "Kultur;'Rock ''n'' Roll'\n\n", []Record{{"Kultur", "Rock 'n' Roll", 1}}, false},
		{"semicolon inside", "Web;'a; b'", []Record{{"Web", "a; b", 1}}, false},
		{"unquoted", "Web;abc\r\n", []Record{{"Web", "abc", 1}}, false},
		// A blank line keeps the lines after it numbered as the file numbers them.
		{"line after a blank", "Web;'a'\n\nSport;'b'\n", []Record{{"Web", "a", 1}, {"Sport", "b", 3}}, false},
		{"lone quote", "Web;'a'b'", nil, true},
		{"no category", ";'x'", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.in))
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %v, want %v", got[i], tt.want[i])
				}
			}
		})
	}
}

func TestID(t *testing.T) {
	if got := ID(17); got != "gnad0017" {
		t.Errorf("ID(17) = %q, want gnad0017", got)
	}
	if got := ID(12345); got != "gnad12345" {
		t.Errorf("ID(12345) = %q, want gnad12345", got)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("Sport;'Ein Tor.'\nWeb;'Rock ''n'' Roll'\n")
	f.Add(";'")
	f.Add("a;''''")
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.Category == "" {
				t.Fatalf("record without category from %q", s)
			}
		}
	})
}
