package main

//go:cgo_ldflag "-lm"

func main() {}
