package main

/*
#include <winsock2.h>
static int startup(void) {
	WSADATA d;
	return WSAStartup(MAKEWORD(2, 2), &d);
}
*/
import "C"

import "fmt"

func main() { fmt.Println("WSAStartup returned", C.startup()) }
