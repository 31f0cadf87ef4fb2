package stream

import (
	"context"
	"fmt"
	"os"
	"testing"

	"crosscheck/place"
)

func TestZZProbe(t *testing.T) {
	f, g := os.Getenv("ZZF"), os.Getenv("ZZG")
	if f == "" {
		t.Skip()
	}
	ps, err := Collect(context.Background(), Window{File: f, Gold: g})
	if err != nil {
		t.Fatal(err)
	}
	m := place.DefaultModel()
	names := place.FeatureNames()
	for _, p := range ps {
		pr := m.Prob(place.Pair{X: p.Features.X})
		if pr >= 0.75 && !p.Features.Same || p.Article == os.Getenv("ZZA") {
			fmt.Printf("%s %s same=%v p=%.2f apart=%v\n", p.Article, p.Other, p.Features.Same, pr, p.Features.Apart)
			for i, n := range names {
				fmt.Printf("   %s=%.3f", n, p.Features.X[i])
			}
			fmt.Println()
		}
	}
}
