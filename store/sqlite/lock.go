package sqlite

import (
	"context"
	"fmt"
	"os"
	"time"
)

// fileLock is the placement lock: an exclusive lock on a file beside the database, taken by
// one goroutine of one process at a time. The operating system releases it when the process
// dies, so a killed placer never leaves it held.
type fileLock struct {
	path string
	mu   chan struct{} // one holder per Store, within the process
	f    *os.File
}

func newFileLock(path string) *fileLock {
	return &fileLock{path: path, mu: make(chan struct{}, 1)}
}

func (l *fileLock) Lock(ctx context.Context) (func(), error) {
	select {
	case l.mu <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	wait := time.Millisecond
	for {
		ok, err := l.tryFile()
		if err != nil {
			<-l.mu
			return nil, err
		}
		if ok {
			return l.unlock, nil
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			<-l.mu
			return nil, ctx.Err()
		}
		wait = min(2*wait, 50*time.Millisecond)
	}
}

func (l *fileLock) TryLock(ctx context.Context) (func(), bool, error) {
	select {
	case l.mu <- struct{}{}:
	default:
		return nil, false, nil
	}
	ok, err := l.tryFile()
	if err != nil || !ok {
		<-l.mu
		return nil, false, err
	}
	return l.unlock, true, nil
}

func (l *fileLock) tryFile() (bool, error) {
	if l.f == nil {
		f, err := os.OpenFile(l.path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return false, fmt.Errorf("open lock file: %w", err)
		}
		l.f = f
	}
	ok, err := flock(l.f)
	if err != nil {
		return false, fmt.Errorf("lock %s: %w", l.path, err)
	}
	return ok, nil
}

func (l *fileLock) unlock() {
	funlock(l.f)
	<-l.mu
}

func (l *fileLock) close() {
	l.mu <- struct{}{}
	if l.f != nil {
		l.f.Close()
		l.f = nil
	}
	<-l.mu
}
