package place

import "testing"

// TestUncontested: a best candidate near the threshold joins when no other event's candidate
// comes near; a rival of another event, or a best candidate too far under, keeps it out; a
// second member of the same event is no rival.
func TestUncontested(t *testing.T) {
	th := 0.8
	c := func(event int64, prob float64) candidate {
		return candidate{event: event, prob: prob, prof: &Profile{}}
	}
	for _, tc := range []struct {
		name  string
		cands []candidate
		want  int64
	}{
		{"alone and near", []candidate{c(1, 0.65), c(2, 0.01)}, 1},
		{"a rival event", []candidate{c(1, 0.65), c(2, 0.2)}, 0},
		{"too far under", []candidate{c(1, 0.5)}, 0},
		{"its own second member is no rival", []candidate{c(1, 0.65), c(1, 0.3), c(3, 0.02)}, 1},
		{"kept apart by a rule", []candidate{c(1, 0)}, 0},
	} {
		var e int64
		if got := uncontested(tc.cands, th); got != nil {
			e = got.event
		}
		if e != tc.want {
			t.Errorf("%s: event %d, want %d", tc.name, e, tc.want)
		}
	}
}
