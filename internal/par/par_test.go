package par

import (
	"sync/atomic"
	"testing"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {100, 1}, {100, 3}, {5, 0}, {3, 10}} {
		counts := make([]int32, tc.n)
		var running, most atomic.Int32
		Each(tc.n, tc.workers, func(i int) {
			r := running.Add(1)
			for {
				m := most.Load()
				if r <= m || most.CompareAndSwap(m, r) {
					break
				}
			}
			atomic.AddInt32(&counts[i], 1)
			running.Add(-1)
		})
		for i, c := range counts {
			if c != 1 {
				t.Errorf("n=%d workers=%d: index %d called %d times", tc.n, tc.workers, i, c)
			}
		}
		if limit := int32(max(1, tc.workers)); most.Load() > limit {
			t.Errorf("n=%d workers=%d: %d calls at once", tc.n, tc.workers, most.Load())
		}
	}
}
