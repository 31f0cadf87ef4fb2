package link

import (
	"encoding/json"
	"testing"
)

// FuzzPairJSON: a pair read from JSON is written and read back unchanged.
func FuzzPairJSON(f *testing.F) {
	f.Add([]byte(`{"a":0,"b":null,"status":"dropped"}`))
	f.Add([]byte(`{"a":3,"b":4,"status":"same","score":0.93}`))
	f.Add([]byte(`{"a":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Pair
		if json.Unmarshal(data, &p) != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%+v: %v", p, err)
		}
		var q Pair
		if err := json.Unmarshal(b, &q); err != nil || q.A != p.A || q.B != p.B || q.Status != p.Status {
			t.Fatalf("%s read as %+v, written %s, read back as %+v (%v)", data, p, b, q, err)
		}
	})
}
