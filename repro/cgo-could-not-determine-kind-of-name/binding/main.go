package main

func main() { println("foo API", version()) }
