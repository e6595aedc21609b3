// The program: its own main package.
package main

import "example.com/lab/split/common"

func main() { println(common.Greeting()) }
