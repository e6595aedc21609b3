#include <winsock2.h>
int main(void) { WSADATA d; return WSAStartup(MAKEWORD(2, 2), &d); }
