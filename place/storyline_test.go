package place

import "testing"

// TestSupportJoins: within a news cycle an event joins on its actors and the words of the
// storyline's headlines and leads; outside it, or with too few shared names, the body topic
// is still required.
func TestSupportJoins(t *testing.T) {
	o := Options{}.withDefaults()
	three := []string{"Borussia Dortmund", "Real Madrid", "Wembley"}
	hour := int64(3600)
	for _, c := range []struct {
		name      string
		s         support
		gap       int64
		ok, cycle bool
	}{
		{"names and body topic", support{shared: three[:2], names: 0.40, topic: 0.10}, 20 * 24 * hour, true, false},
		{"names without topic, days apart", support{shared: three, names: 0.40, topic: 0.02, lead: 0.20}, 5 * 24 * hour, false, false},
		{"a reaction the same evening", support{shared: three, names: 0.32, topic: 0.02, lead: 0.12}, 3 * hour, true, true},
		{"the next day", support{shared: three, names: 0.32, topic: 0.09, lead: 0.01}, 28 * hour, true, true},
		{"two days later", support{shared: three, names: 0.32, topic: 0.02, lead: 0.12}, 50 * hour, false, false},
		{"date unknown", support{shared: three, names: 0.32, topic: 0.02, lead: 0.12}, -1, false, false},
		{"two shared names are not enough in a cycle", support{shared: three[:2], names: 0.32, topic: 0.02, lead: 0.12}, 3 * hour, false, false},
		{"weak names", support{shared: three, names: 0.25, topic: 0.02, lead: 0.30}, 3 * hour, false, false},
		{"neither lead nor body alike", support{shared: three, names: 0.50, topic: 0.03, lead: 0.05}, 3 * hour, false, false},
	} {
		ok, cycle := c.s.joins(o, c.gap)
		if ok != c.ok || cycle != c.cycle {
			t.Errorf("%s: joins = %v, %v; want %v, %v", c.name, ok, cycle, c.ok, c.cycle)
		}
	}
}
