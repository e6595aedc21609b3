package main

var V = 1

func F() int { return V }
