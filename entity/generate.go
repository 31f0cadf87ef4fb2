package entity

// The data of the German pack's tagger and the name lists, in the order they depend on
// each other (see README's rebuild note): gazetteers from iso-codes and libgeonames-common,
// the dictionary filters from wngerman and wamerican, the name lexicon and translations
// from trans-de-en and libtext-names-perl, word clusters from unlabelled news, then the
// weights, trained on GermEval's dev set and the extra corpora of ../shared/eval/ner-extra.
// The weights are trained without self-training this time (-selftrain=false): with the
// extra corpora, self-training did not finish on the shared machine (docs/quality.md). The
// extra corpora's sentences have private feature copies, dropped from the model; GermEval's
// have none (-targetcopies gains 1.4 F1 in cross-validation but loses precision on real
// news: docs/quality.md).
//
//go:generate go run ./internal/gen/gazetteer -out data
//go:generate go run ./internal/gen/words -out ../lang/de/data/entity/words.bin
//go:generate go run ./internal/gen/words -lower -in /usr/share/dict/american-english -out ../lang/en/data/entity/words.bin -source "wamerican: /usr/share/dict/american-english (SCOWL, http://wordlist.aspell.net/, permissive licence: see /usr/share/doc/wamerican/copyright)"
//go:generate go run ./internal/gen/lexicon -out data/lexicon.txt -trans data/translations.txt
//go:generate go run ./internal/gen/clusters -out ../lang/de/data/entity/clusters.gz
//go:generate go run ./internal/gen/train -selftrain=false -out ../lang/de/data/entity/model.bin
