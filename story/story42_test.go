package story_test

import "testing"

// TestUpdateKeepsItsScale (stop 42): a count told later is the same count updated only when it
// is of the same size: "1.800 Gebäude" damaged in one state and "300.000 Gebäude" nationwide a
// day later were shown as one figure "updated over time" on the stream's flood story. A toll
// that grows (120 then 150 buildings) stays an update. Sentences we wrote.
func TestUpdateKeepsItsScale(t *testing.T) {
	text := "Am Montag waren nach Angaben des Landes in Neustadt 120 Gebäude durch das Hochwasser beschädigt. " +
		"Am Dienstag waren nach Angaben des Landes in Neustadt 150 Gebäude durch das Hochwasser beschädigt. " +
		"Am Montag waren nach Angaben der Behörden in Altdorf 1.800 Häuser durch das Hochwasser beschädigt. " +
		"Am Dienstag waren nach Angaben der Behörden in Altdorf 300.000 Häuser durch das Hochwasser beschädigt."
	st := oneArticleStory(t, "neustadt-flut", "Hochwasser in Neustadt", "2024-09-18T18:00:00+02:00", text)
	grows, jumps := false, false
	for _, q := range st.Figures {
		has := map[float64]bool{}
		for _, v := range q.Values {
			has[v.Value] = true
		}
		if has[120] && has[150] {
			grows = q.Update
		}
		if has[1800] && has[300000] {
			jumps = q.Update
		}
	}
	if !grows {
		t.Errorf("120 then 150 buildings not one count updated over time: %+v", st.Figures)
	}
	if jumps {
		t.Errorf("1.800 then 300.000 houses shown as one count updated over time: %+v", st.Figures)
	}
}
