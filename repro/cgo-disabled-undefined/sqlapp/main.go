package main

import (
	"database/sql"
	"errors"
	"fmt"
	"log"

	sqlite3 "github.com/mattn/go-sqlite3"
)

func isUniqueViolation(err error) bool {
	var sqlErr sqlite3.Error
	return errors.As(err, &sqlErr) && sqlErr.ExtendedCode == sqlite3.ErrConstraintUnique
}

func main() {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("create table t (k text unique)"); err != nil {
		log.Fatal(err)
	}
	db.Exec("insert into t values ('a')")
	_, err = db.Exec("insert into t values ('a')")
	fmt.Println("unique violation detected:", isUniqueViolation(err))
}
