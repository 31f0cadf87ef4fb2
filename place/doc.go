// Package place is the placement stage: for every stored article, in arrival order, it
// decides which event (one happening) and which storyline (events linked by a narrative
// thread) the article belongs to, and keeps that state in the database's tables, not in one
// process's memory, so that several crosscheck processes can share it.
//
// An article joins an event when a learned pair model (headline and lead similarity, names
// weighted by rarity, figures, dates, time gap, provenance; weights in weights.go, generated
// from labelled windows by `go generate`) says it reports the same happening as a recent
// member of that event; previews and reports of the happening stay apart, as do reports of
// two matches with different results. An event joins a storyline only when it shares main
// actors and topic with that storyline's recent events, so storylines cannot snowball.
// Site furniture (paragraphs repeated across one host, and the packs' phrase lists) is left
// out of the evidence. Term rarity starts from the language pack's background counts
// (place_docfreq, generated from a real stream), so a fresh database does not take common
// words for rare ones. Every decision is explained, and corrections by users are kept.
package place

// The background counts first: the weights are fitted on features that use them.
//go:generate go run ./internal/gen/docfreq -stream ../../shared/eval/trends-de/stream-2024-04..10.jsonl -lang de -out ../lang/de/words/place_docfreq.txt
//go:generate go run ./internal/gen/weights -shared ../../shared -repo .. -out weights.go
