package sqlite

import "database/sql"

// DB returns the database handle, for stages that keep their own tables in the same file
// (the story stage's cache and search index).
func (s *Store) DB() *sql.DB { return s.db }
