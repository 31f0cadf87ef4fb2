package entity

import (
	"fmt"
	"testing"
	"time"
)

func BenchmarkDbg(b *testing.B) {
	arts := gnad(b)
	var all [][]tokInfo
	ntok := 0
	for _, a := range arts {
		ws := tokenize(a.Text, 0, nil)
		for i := 0; i < len(ws); i += 25 {
			j := min(i+25, len(ws))
			all = append(all, infos(ws[i:j], nil))
			ntok += j - i
		}
	}
	m, _ := DefaultModel()
	var sc scratch
	t0 := time.Now()
	nf := 0
	for _, ti := range all {
		for i := range ti {
			sc.feats = features(ti, i, sc.feats[:0])
			nf += len(sc.feats)
		}
	}
	t1 := time.Now()
	hits := 0
	for _, ti := range all {
		for i := range ti {
			sc.feats = features(ti, i, sc.feats[:0])
			for _, f := range sc.feats {
				if m.tab.get(f) != nil {
					hits++
				}
			}
		}
	}
	t2 := time.Now()
	for _, ti := range all {
		m.tag(ti, &sc)
	}
	t3 := time.Now()
	fmt.Println("tokens", ntok, "feats", nf, "hits", hits, "features", t1.Sub(t0), "lookup", t2.Sub(t1)-t1.Sub(t0), "tag", t3.Sub(t2))
}
