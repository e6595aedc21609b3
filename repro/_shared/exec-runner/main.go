// runner starts os.Args[1] with os/exec and prints the error, the way a Go
// service that shells out (or a test harness) reports it.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	out, err := exec.Command(os.Args[1]).CombinedOutput()
	os.Stdout.Write(out)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
