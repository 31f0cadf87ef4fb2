package app

import "crosscheck/lang"

// langRegistry is the part of lang.Registry the placer needs.
type langRegistry interface {
	Get(code string) (lang.Pack, bool)
}
