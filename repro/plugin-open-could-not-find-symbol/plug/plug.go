// A plugin with a single exported symbol, so the error always names the same one
// (plugin.Open looks the exported symbols up in map order).
package main

var V = 1
