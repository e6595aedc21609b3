package main

func Hello() string { return "hello" }
