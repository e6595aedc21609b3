// A main package without func main.
package main

func helper() {}
