// Package par runs the iterations of a loop on several goroutines: the fan-out the
// pipeline's stages share when each item of a batch is independent of the others and the
// results go into the item's own slot.
package par

import "sync"

// Each calls fn(i) for every i in [0, n) on up to workers goroutines (at least one), and
// returns when all calls have. fn must only write what belongs to i.
func Each(n, workers int, fn func(i int)) {
	if n <= 0 {
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
