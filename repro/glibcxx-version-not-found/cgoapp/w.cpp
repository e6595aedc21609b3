#include <string>
extern "C" int wrap_len(const char *s) { return std::string(s).size(); }
