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
		{"plain", "Sport;'Ein Tor.'\n", []Record{{"Sport", "Ein Tor."}}, false},
		{"escaped quote", "Kultur;'Rock ''n'' Roll'\n\n", []Record{{"Kultur", "Rock 'n' Roll"}}, false},
		{"semicolon inside", "Web;'a; b'", []Record{{"Web", "a; b"}}, false},
		{"unquoted", "Web;abc\r\n", []Record{{"Web", "abc"}}, false},
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
