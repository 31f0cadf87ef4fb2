package place

import (
	"reflect"
	"testing"
)

func sampleProfile() *Profile {
	return &Profile{Time: 1725192000, Host: "eins.example", Lang: "de", Flags: FlagPreview,
		Title:  Vector{{ID: 3, N: 1}, {ID: 9, N: 2}},
		Lead:   Vector{{ID: 3, N: 1}, {ID: 70000, N: 3}},
		Grams:  Vector{{ID: 11, N: 4}},
		Body:   Vector{{ID: 1, N: 5}, {ID: 2, N: 1}},
		Names:  Vector{{ID: 9, N: 2}},
		Scores: []string{"2:0"}, Dates: []int32{19967, 19968}, Nums: []uint64{7, 1 << 60},
		Heading: "Sturmflut überschwemmt Hafen", Announce: -1.5}
}

func TestProfileRoundTrip(t *testing.T) {
	for _, p := range []*Profile{sampleProfile(), {}} {
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var q Profile
		if err := q.UnmarshalBinary(b); err != nil {
			t.Fatalf("%+v: %v", p, err)
		}
		norm := func(x *Profile) *Profile {
			c := *x
			c.Display = nil
			for _, v := range []*Vector{&c.Title, &c.Lead, &c.Grams, &c.Body, &c.Names, &c.TitleNames, &c.LeadNames} {
				if len(*v) == 0 {
					*v = nil
				}
			}
			return &c
		}
		if np, nq := norm(p), norm(&q); !reflect.DeepEqual(np, nq) {
			t.Errorf("round trip:\n%+v\n%+v", p, q)
		}
	}
	b, _ := sampleProfile().MarshalBinary()
	for i := 0; i < len(b); i++ {
		var q Profile
		if err := q.UnmarshalBinary(b[:i]); err == nil {
			t.Errorf("a profile cut to %d of %d bytes decoded", i, len(b))
		}
	}
}

// FuzzProfileUnmarshal: whatever the bytes (a damaged table row), decoding fails cleanly or
// gives a profile that encodes and decodes to itself.
func FuzzProfileUnmarshal(f *testing.F) {
	b, _ := sampleProfile().MarshalBinary()
	f.Add(b)
	empty, _ := (&Profile{}).MarshalBinary()
	f.Add(empty)
	f.Add([]byte{profileVersion, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Profile
		if err := p.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var q Profile
		if err := q.UnmarshalBinary(b); err != nil {
			t.Fatalf("re-encoded profile does not decode: %v", err)
		}
	})
}
