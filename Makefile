# Convenience targets; the README's commands work without make.
.PHONY: test lint bench fuzz build
build:
	go build -o crosscheck ./cmd/crosscheck
test:
	go test ./...
lint:
	gofmt -l $$(git ls-files '*.go')
	go vet ./...
bench:
	go test -run '^$$' -bench . -benchmem ./...
