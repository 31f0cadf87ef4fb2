package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/store/internal/sqlstore"
)

// Job states.
const (
	queued   = 0
	analysed = 1
	finished = 2
)

// outcomeFailed is the outcome of a job that could not be analysed.
const outcomeFailed = 3

// Enqueue implements store.Queue. Enqueuers hold an exclusive advisory lock for the whole
// transaction, and committers a shared one, so jobs become visible in Seq order: a committer
// never sees job n+1 before job n.
func (s *Store) Enqueue(ctx context.Context, jobs []store.Job) (first, last int64, err error) {
	if len(jobs) == 0 {
		return 0, 0, nil
	}
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", lockEnqueue); err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	// Items whose own id already has their content are unchanged whatever comes before them
	// (versions are never removed): they are not queued, and keep Seq 0.
	known, err := knownByID(ctx, tx, jobs)
	if err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	var queue []*store.Job
	for i := range jobs {
		jobs[i].Seq = 0
		if !known[i] {
			queue = append(queue, &jobs[i])
		}
	}
	if len(queue) == 0 {
		return 0, 0, nil
	}
	// The seqs are taken first, in one round trip, and handed out in item order.
	seqs := make([]int64, 0, len(queue))
	rows, err := tx.QueryContext(ctx, `SELECT nextval('crosscheck_seq') FROM generate_series(1, $1)`, len(queue))
	if err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	for rows.Next() {
		var q int64
		if err := rows.Scan(&q); err != nil {
			rows.Close()
			return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
		}
		seqs = append(seqs, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	slices.Sort(seqs)
	names := make([]string, len(queue))
	arts := make([]string, len(queue))
	for i, j := range queue {
		aj, err := json.Marshal(j.Article)
		if err != nil {
			return 0, 0, fmt.Errorf("postgres: enqueue %s: %w", j.Name, err)
		}
		j.Seq, names[i], arts[i] = seqs[i], j.Name, string(aj)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO jobs (seq, name, article) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])`,
		seqs, names, arts); err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	return queue[0].Seq, queue[len(queue)-1].Seq, nil
}

// Claim implements store.Queue. Jobs whose own id already has their content finish as
// unchanged without reaching fn. The claimed rows stay locked (FOR UPDATE) until the
// transaction ends: a worker that dies mid-analysis loses its connection, the server rolls
// its transaction back, and the jobs are queued again for the next worker.
func (s *Store) Claim(ctx context.Context, n int, fn func([]store.Job) ([]store.Analysed, error)) (int, error) {
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("postgres: claim jobs: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT seq, name, article FROM jobs WHERE state = 0 ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`, n)
	if err != nil {
		return 0, fmt.Errorf("postgres: claim jobs: %w", err)
	}
	var jobs []store.Job
	var bad []store.Analysed
	for rows.Next() {
		var j store.Job
		var aj []byte
		if err := rows.Scan(&j.Seq, &j.Name, &aj); err != nil {
			rows.Close()
			return 0, fmt.Errorf("postgres: claim jobs: %w", err)
		}
		j.Article = new(article.Article)
		if err := json.Unmarshal(aj, j.Article); err != nil {
			bad = append(bad, store.Analysed{Seq: j.Seq, Err: "queued article cannot be read: " + err.Error()})
			continue
		}
		jobs = append(jobs, j)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("postgres: claim jobs: %w", err)
	}
	if len(jobs)+len(bad) == 0 {
		return 0, nil
	}
	// Jobs whose own id already has their content are unchanged whatever comes before them
	// (versions are never removed): they finish here, in one query, without reaching fn.
	known, err := knownByID(ctx, tx, jobs)
	if err != nil {
		return 0, fmt.Errorf("postgres: claim jobs: %w", err)
	}
	var rest []store.Job
	var done []store.Analysed
	for i, j := range jobs {
		if known[i] {
			done = append(done, store.Analysed{Seq: j.Seq, Unchanged: true})
		} else {
			rest = append(rest, j)
		}
	}
	if len(rest) > 0 {
		more, err := fn(rest)
		if err != nil {
			return 0, err
		}
		done = append(done, more...)
	}
	// Analysis may have changed the article (blocks of site furniture marked by the pack):
	// what is stored is the article as analysed, as one process would store it.
	analysedArticle := map[int64]string{}
	for _, j := range rest {
		b, err := json.Marshal(j.Article)
		if err != nil {
			return 0, fmt.Errorf("postgres: job %d: encode article: %w", j.Seq, err)
		}
		analysedArticle[j.Seq] = string(b)
	}
	var (
		seqs                     []int64
		states                   []int16
		analyses, errs, articles []*string
	)
	for _, d := range append(done, bad...) {
		var nj *string
		if d.Analysis != nil {
			b, err := json.Marshal(d.Analysis)
			if err != nil {
				return 0, fmt.Errorf("postgres: job %d: encode analysis: %w", d.Seq, err)
			}
			js := string(b)
			nj = &js
		}
		state := int16(analysed)
		if d.Unchanged && d.Err == "" {
			state = finished
		}
		e := d.Err
		var aj *string
		if a, ok := analysedArticle[d.Seq]; ok && d.Analysis != nil {
			aj = &a
		}
		seqs, states, analyses, errs, articles = append(seqs, d.Seq), append(states, state), append(analyses, nj), append(errs, &e), append(articles, aj)
	}
	// Unchanged jobs finish here: nothing of theirs is stored, so their order does not matter.
	if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = u.state, analysis = u.analysis, error = u.error,
			outcome = CASE WHEN u.state = 2 THEN 0 END,
			article = CASE WHEN u.state = 2 THEN NULL ELSE coalesce(u.article, jobs.article) END
		FROM unnest($1::bigint[], $2::smallint[], $3::text[], $4::text[], $5::text[]) AS u(seq, state, analysis, error, article)
		WHERE jobs.seq = u.seq`, seqs, states, analyses, errs, articles); err != nil {
		return 0, fmt.Errorf("postgres: record analysed jobs: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("postgres: claim jobs: %w", err)
	}
	return len(jobs) + len(bad), nil
}

// Commit implements store.Queue.
func (s *Store) Commit(ctx context.Context, limit int, analyse func(*article.Article) (*article.Analysis, error), stored func(*store.Record)) (int, error) {
	tx, err := s.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("postgres: store jobs: %w", err)
	}
	defer tx.Rollback()
	// No enqueue is half done while this is held, so no job below the first queued one can
	// still appear.
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock_shared($1)", lockEnqueue); err != nil {
		return 0, fmt.Errorf("postgres: store jobs: %w", err)
	}
	type job struct {
		seq      int64
		name     string
		aj       []byte
		nj       sql.NullString
		jobError string
	}
	rows, err := tx.QueryContext(ctx, `SELECT seq, name, article, analysis, error FROM jobs
		WHERE state = 1 AND seq < (SELECT coalesce(min(seq), 9223372036854775807) FROM jobs WHERE state = 0)
		ORDER BY seq LIMIT $1`, limit)
	if err != nil {
		return 0, fmt.Errorf("postgres: store jobs: %w", err)
	}
	var jobs []job
	for rows.Next() {
		var j job
		if err := rows.Scan(&j.seq, &j.name, &j.aj, &j.nj, &j.jobError); err != nil {
			rows.Close()
			return 0, fmt.Errorf("postgres: store jobs: %w", err)
		}
		jobs = append(jobs, j)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("postgres: store jobs: %w", err)
	}
	seqs := make([]int64, len(jobs))
	outcomes := make([]int16, len(jobs))
	msgs := make([]string, len(jobs))
	var recs []*store.Record
	for i, j := range jobs {
		outcome, rec, jobErr := s.commitOne(ctx, tx, j.seq, j.aj, j.nj, j.jobError, analyse)
		if errors.Is(jobErr, errStore) {
			return 0, fmt.Errorf("postgres: store job %d (%s): %w", j.seq, j.name, jobErr)
		}
		if jobErr != nil {
			outcome, msgs[i] = outcomeFailed, jobErr.Error()
		}
		seqs[i], outcomes[i] = j.seq, int16(outcome)
		if rec != nil && jobErr == nil {
			recs = append(recs, rec)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 2, outcome = u.outcome, error = u.error, article = NULL, analysis = NULL
		FROM unnest($1::bigint[], $2::smallint[], $3::text[]) AS u(seq, outcome, error) WHERE jobs.seq = u.seq`,
		seqs, outcomes, msgs); err != nil {
		return 0, fmt.Errorf("postgres: finish jobs: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("postgres: store jobs: %w", err)
	}
	if stored != nil {
		for _, r := range recs {
			stored(r)
		}
	}
	return len(jobs), nil
}

// errStore marks a database failure, which aborts the commit, as opposed to a failed job.
var errStore = errors.New("database")

func (s *Store) commitOne(ctx context.Context, tx *sql.Tx, seq int64, aj []byte, nj sql.NullString, jobErr string,
	analyse func(*article.Article) (*article.Analysis, error)) (int, *store.Record, error) {
	if jobErr != "" {
		return 0, nil, errors.New(jobErr)
	}
	a := new(article.Article)
	if err := json.Unmarshal(aj, a); err != nil {
		return 0, nil, fmt.Errorf("queued article cannot be read: %w", err)
	}
	var an *article.Analysis
	if nj.Valid {
		an = new(article.Analysis)
		if err := json.Unmarshal([]byte(nj.String), an); err != nil {
			return 0, nil, fmt.Errorf("analysis cannot be read: %w", err)
		}
	}
	r, err := s.PutTx(ctx, tx, a, an, seq)
	if errors.Is(err, sqlstore.ErrNeedsAnalysis) {
		// The worker found this content stored, but a job before it changed the article.
		if an, err = analyse(a); err != nil {
			return 0, nil, err
		}
		r, err = s.PutTx(ctx, tx, a, an, seq)
	}
	if err != nil {
		return 0, nil, fmt.Errorf("%w: %w", errStore, err)
	}
	return int(r.Outcome), r.Record, nil
}

// Stats implements store.Queue.
func (s *Store) Stats(ctx context.Context, first, last int64) (store.JobStats, error) {
	var st store.JobStats
	if first == 0 && last == 0 {
		last = 1<<63 - 1
	}
	rows, err := s.DB().QueryContext(ctx, `SELECT state, coalesce(outcome, -1), count(*) FROM jobs WHERE seq BETWEEN $1 AND $2 GROUP BY 1, 2`, first, last)
	if err != nil {
		return st, fmt.Errorf("postgres: job counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var state, outcome, n int
		if err := rows.Scan(&state, &outcome, &n); err != nil {
			return st, fmt.Errorf("postgres: job counts: %w", err)
		}
		switch {
		case state < finished:
			st.Open += n
		case outcome == int(store.New):
			st.New += n
		case outcome == int(store.Updated):
			st.Updated += n
		case outcome == int(store.Unchanged):
			st.Unchanged += n
		default:
			st.Failed += n
		}
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("postgres: job counts: %w", err)
	}
	if st.Failed == 0 {
		return st, nil
	}
	fr, err := s.DB().QueryContext(ctx, `SELECT seq, name, error FROM jobs WHERE seq BETWEEN $1 AND $2 AND outcome = 3 ORDER BY seq`, first, last)
	if err != nil {
		return st, fmt.Errorf("postgres: failed jobs: %w", err)
	}
	defer fr.Close()
	for fr.Next() {
		var f store.JobFailure
		if err := fr.Scan(&f.Seq, &f.Name, &f.Err); err != nil {
			return st, fmt.Errorf("postgres: failed jobs: %w", err)
		}
		st.Failures = append(st.Failures, f)
	}
	return st, fr.Err()
}

// knownByID reports which jobs' own ids already have a version with their content hash.
func knownByID(ctx context.Context, tx *sql.Tx, jobs []store.Job) ([]bool, error) {
	ids := make([]string, len(jobs))
	for i, j := range jobs {
		ids[i] = j.Article.ID
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, hash FROM articles WHERE id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	have := map[[2]string]bool{}
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return nil, err
		}
		have[[2]string{id, hash}] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]bool, len(jobs))
	for i, j := range jobs {
		out[i] = len(have) > 0 && have[[2]string{j.Article.ID, j.Article.ContentHash()}]
	}
	return out, nil
}
