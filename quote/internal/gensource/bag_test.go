package main

import (
	"maps"
	"testing"
)

// orderExamples is a tiny training set the perceptron cannot fit exactly, so what it learns
// depends on which example comes first: two quotations want the candidate with "aux=true",
// a third wants the one without a source although it too has an auxiliary.
func orderExamples() []example {
	return []example{
		{cands: [][]string{{"bias:none"}, {"aux=true", "dist:before=1"}}, gold: 1},
		{cands: [][]string{{"bias:none"}, {"aux=true", "dist:after=2"}}, gold: 0},
		{cands: [][]string{{"bias:none"}, {"aux=false", "dist:before=1"}, {"aux=true", "dist:after=2"}}, gold: 2},
		{cands: [][]string{{"bias:none"}, {"aux=false", "dist:after=2"}}, gold: 0},
	}
}

// permutations returns every order of exs.
func permutations(exs []example) [][]example {
	if len(exs) <= 1 {
		return [][]example{append([]example(nil), exs...)}
	}
	var out [][]example
	for i := range exs {
		rest := append(append([]example(nil), exs[:i]...), exs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]example{exs[i]}, p...))
		}
	}
	return out
}

func TestAveragedWeightsDoNotDependOnOrder(t *testing.T) {
	perms := permutations(orderExamples())
	single := train(perms[0], 3)
	differs := false
	for _, p := range perms[1:] {
		if !maps.Equal(train(p, 3), single) {
			differs = true
		}
	}
	if !differs {
		t.Fatal("one perceptron learns the same weights from every order: the examples do not test the averaging")
	}
	for _, median := range []bool{false, true} {
		tr := trainer{epochs: 3, bags: 8, median: median}
		want := tr.train(perms[0])
		if len(want) == 0 {
			t.Fatalf("median %v: the averaged weights are empty", median)
		}
		for _, p := range perms[1:] {
			if got := tr.train(p); !maps.Equal(got, want) {
				t.Fatalf("median %v: the averaged weights depend on the order of the examples:\n%v\n%v", median, got, want)
			}
		}
	}
}

func TestCombine(t *testing.T) {
	ws := []map[string]float64{
		{"a": 1, "b": 2, "c": 0.00004},
		{"a": 3, "b": -2},
		{"a": 8},
	}
	mean := combine(ws, false)
	if mean["a"] != 4 || len(mean) != 1 {
		t.Errorf("mean: got %v, want a 4 alone (b averages to 0, c rounds to 0)", mean)
	}
	med := combine(ws, true)
	if med["a"] != 3 || len(med) != 1 {
		t.Errorf("median: got %v, want a 3 alone (b's median is 0)", med)
	}
}
