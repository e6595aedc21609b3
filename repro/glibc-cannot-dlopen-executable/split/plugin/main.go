// The library: a second main package, built with -buildmode=plugin.
package main

import "example.com/lab/split/common"

func Greeting() string { return common.Greeting() }
