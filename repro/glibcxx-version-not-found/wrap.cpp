// A C++ library. Built by gcc 13 or later, <iostream> makes every translation unit call
// std::ios_base_library_init, which libstdc++ exports from GLIBCXX_3.4.32 on; gcc 12 (this
// machine's) does not have it, so the lab writes the call out and links against Debian 13's
// libstdc++ of gcc 14 ($TRIXIE_LIBS). -DGCC12_HEADERS builds it the way the target's gcc 12 would.
#include <string>
#ifndef GCC12_HEADERS
namespace std { void ios_base_library_init(); }
#endif
extern "C" int wrap_len(const char *s) {
#ifndef GCC12_HEADERS
	std::ios_base_library_init();
#endif
	return std::string(s).size();
}
